/**
 * The agenda: importing a meeting with its items, and reading it back, in the API and in the views
 * where members read the items on their tablets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agenda",
        allowedDependencies = {"attendance", "council", "live", "meeting", "minutes", "notes", "roundtable", "security", "shell", "visibility",
                "protocol", "speakers", "timeplan", "voting"})
package dk.plenum.agenda;
