/**
 * Searching items and decisions across meetings (titles, sections, decision texts), with results cut
 * by the same visibility rules as everything else: the public never finds a closed item by its content.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = {"meeting", "security", "shell", "visibility"})
package dk.plenum.search;
