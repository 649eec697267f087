/**
 * What each audience may see of a meeting. Every channel that shows a meeting to someone asks here, so
 * the rule for closed items lives in exactly one place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Visibility",
        allowedDependencies = {"meeting"})
package dk.plenum.visibility;
