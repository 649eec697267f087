/**
 * The minutes (referat) of a meeting, written from its projection in HTML, PDF and Markdown, in
 * Danish or English, in a public and a members' edition; and their approval, after which decisions
 * change only by visible correction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Minutes",
        allowedDependencies = {"meeting", "security", "visibility"})
package dk.plenum.minutes;
