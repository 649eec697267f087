/** Councils and their members, who stay the same people from meeting to meeting. */
@org.springframework.modulith.ApplicationModule(displayName = "Council",
        allowedDependencies = {"meeting", "security", "shell", "visibility"})
package dk.plenum.council;
