/**
 * The list of speakers (talerliste) of each item while a meeting runs: members ask for the floor from their tablets,
 * the chair or secretariat gives it, with an optional speaking time every screen counts down; and the room display,
 * the meeting as the room's screen shows it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Speakers",
        allowedDependencies = {"live", "meeting", "security", "shell", "visibility"})
package dk.plenum.speakers;
