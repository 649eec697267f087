/**
 * Bilag as files: PDFs uploaded to an agenda item, checked by their content, kept in MongoDB's GridFS, their
 * text extracted once, and read as page images on a tablet. What each audience may read is decided by
 * {@code visibility.MeetingVisibility}, as for everything else.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bilag",
        allowedDependencies = {"meeting", "security", "shell", "visibility", "live", "notes"})
package dk.plenum.bilag;
