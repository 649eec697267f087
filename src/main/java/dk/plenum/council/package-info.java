/** Councils and their members, who stay the same people from meeting to meeting. */
@org.springframework.modulith.ApplicationModule(displayName = "Council")
package dk.plenum.council;
