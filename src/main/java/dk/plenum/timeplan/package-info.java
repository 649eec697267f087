/**
 * The time plan (tidsplan): how long each item is planned to take, when each item is planned and expected to start,
 * and whether a running meeting is ahead of it or behind.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Time plan",
        allowedDependencies = {"meeting", "security"})
package dk.plenum.timeplan;
