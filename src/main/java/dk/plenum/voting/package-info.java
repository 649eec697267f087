/**
 * Votes on items (by party or group, member by member, or unanimous; or electronically from the tablets, named or by
 * secret ballot) and conflicts of interest (inhabilitet):
 * who takes part in an item, which is also what quorum (beslutningsdygtighed) is counted from.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Voting",
        allowedDependencies = {"meeting", "security", "shell", "visibility"})
package dk.plenum.voting;
