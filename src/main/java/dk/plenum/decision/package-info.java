/** Recording an item's decision (beslutning) as it is made, and amending it; absence is noted with it. */
@org.springframework.modulith.ApplicationModule(displayName = "Decision",
        allowedDependencies = {"meeting", "security"})
package dk.plenum.decision;
