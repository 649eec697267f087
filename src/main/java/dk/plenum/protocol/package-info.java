/**
 * Protocol entries (protokoltilførsler): a member taking part asks on the tablet for a short statement of their own to
 * be entered in the minutes under an item; the secretariat or the chair accepts it, or refuses it with a note.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Protocol entries",
        allowedDependencies = {"meeting", "security"})
package dk.plenum.protocol;
