/**
 * A member's personal notes (noter): private text on an agenda item or on a page of its Bilag, written on the tablet
 * while preparing and in the meeting, kept in MongoDB under the member's login (not in the meeting's log: decision
 * 0017), read and changed only by that login, on any device, and exported by their author as Markdown or PDF.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notes",
        allowedDependencies = {"meeting", "minutes", "security", "shell", "visibility"})
package dk.plenum.notes;
