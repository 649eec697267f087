/**
 * The application shell: the page frame every view sits in (header, language switch), the formats
 * dates and times are shown in, and the pages for errors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell",
        allowedDependencies = {"live", "meeting", "security", "store", "web"})
package dk.plenum.shell;
