/**
 * Searching items and decisions across meetings (titles, sections, decision texts) and the text of their Bilag
 * (extracted once at upload by {@code bilag}), with results cut
 * by the same visibility rules as everything else: the public never finds a closed item by its content.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = {"bilag", "live", "meeting", "security", "shell", "visibility"})
package dk.plenum.search;
