/**
 * Preparing a meeting (mødeforberedelse): the secretariat creates a meeting as a draft, writes its agenda
 * (items, sections, order, withdrawals), moves, edits or cancels it, and publishes (udsender) it. Its own
 * feature beside {@code agenda} (import and the members' reading views) and {@code proceedings} (running the
 * meeting): its commands, editor views and API are the secretariat's writing side before the meeting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Preparation",
        allowedDependencies = {"council", "live", "meeting", "proceedings", "security", "shell", "timeplan"})
package dk.plenum.preparation;
