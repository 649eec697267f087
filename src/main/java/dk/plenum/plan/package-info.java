/**
 * A council's meeting plan (mødeplan): its coming meetings as a page and as an iCalendar feed that
 * calendar apps subscribe to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meeting plan",
        allowedDependencies = {"council", "meeting", "shell", "visibility"})
package dk.plenum.plan;
