/**
 * The application shell: the page frame every view sits in (header, language switch), the helpers every
 * live view and form uses, the handling of UI and API errors, and Vaadin's own infrastructure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell",
        allowedDependencies = {"live", "meeting", "security", "store", "visibility", "web"})
package dk.plenum.shell;
