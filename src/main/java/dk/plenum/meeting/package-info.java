/**
 * The meeting vocabulary: the events that change a meeting and the projection they build, plus the
 * journal that appends events and keeps the projection. The shared kernel: every other feature sits on
 * top of this package (and lists it among its allowed dependencies); it depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meeting",
        allowedDependencies = {"store", "web"})
package dk.plenum.meeting;
