/**
 * Running a meeting (mødeledelse): the secretariat starts it, moves the current item, adds late items,
 * reorders the agenda, adjourns and closes it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proceedings",
        allowedDependencies = {"attendance", "decision", "live", "meeting", "minutes", "protocol", "roundtable", "security", "shell", "speakers",
                "timeplan", "visibility", "voting"})
package dk.plenum.proceedings;
