package dk.plenum.traffic.internal;

import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Largest request bodies under {@code /api} ({@code plenum.traffic.*}); docs/security.md says why each.
 *
 * @param importBody {@code POST /api/meetings/import}: a whole meeting document
 * @param commandBody every other {@code /api} request: one command's JSON
 * @param bilagBody an upload of Bilag PDFs to an item, or a Bilag's replacement: two files at the 50 MB a
 *                  Bilag may have, with room for the multipart framing
 */
@ConfigurationProperties("plenum.traffic")
record BodyLimits(@DefaultValue("2MB") DataSize importBody, @DefaultValue("256KB") DataSize commandBody,
        @DefaultValue("101MB") DataSize bilagBody) {

    static final String IMPORT_PATH = "/api/meetings/import";
    /** {@code POST .../items/{itemId}/attachments} and {@code POST .../attachments/{attachmentId}/file}. */
    static final Pattern BILAG_UPLOAD_PATH =
            Pattern.compile("/api/meetings/[^/]+/items/[^/]+/attachments(/[^/]+/file)?");

    long limitFor(String path) {
        if (IMPORT_PATH.equals(path)) {
            return importBody.toBytes();
        }
        return (BILAG_UPLOAD_PATH.matcher(path).matches() ? bilagBody : commandBody).toBytes();
    }
}
