package dk.plenum.traffic.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Largest request bodies under {@code /api} ({@code plenum.traffic.*}); docs/security.md says why each.
 *
 * @param importBody {@code POST /api/meetings/import}: a whole meeting document
 * @param commandBody every other {@code /api} request: one command's JSON
 */
@ConfigurationProperties("plenum.traffic")
record BodyLimits(@DefaultValue("2MB") DataSize importBody, @DefaultValue("256KB") DataSize commandBody) {

    static final String IMPORT_PATH = "/api/meetings/import";

    long limitFor(String path) {
        return (IMPORT_PATH.equals(path) ? importBody : commandBody).toBytes();
    }
}
