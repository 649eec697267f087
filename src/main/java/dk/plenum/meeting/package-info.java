/**
 * The meeting vocabulary: the events that change a meeting and the projection they build, plus the
 * journal that appends events and keeps the projection. Every other feature sits on top of this
 * package; it depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meeting")
package dk.plenum.meeting;
