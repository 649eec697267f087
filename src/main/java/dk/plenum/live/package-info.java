/**
 * Live meetings: every committed event of a meeting, delivered in order to whoever follows it on this
 * instance, whether it was committed here or on another instance sharing the store. Depends only on
 * the meeting vocabulary (and on which store the application runs).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live",
        allowedDependencies = {"meeting", "store"})
package dk.plenum.live;
