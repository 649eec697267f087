/** Who is at the meeting: check-ins, apologies (afbud), absence, departures, returns and substitutes. */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance",
        allowedDependencies = {"live", "meeting", "security", "visibility"})
package dk.plenum.attendance;
