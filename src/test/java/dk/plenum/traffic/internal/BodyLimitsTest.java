package dk.plenum.traffic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The larger body limit is for exactly the two paths that take Bilag files, and for nothing else. */
class BodyLimitsTest {

    private final BodyLimits limits = new BodyLimits(DataSize.ofMegabytes(2), DataSize.ofKilobytes(256),
            DataSize.ofMegabytes(101));

    @Test
    void onlyTheBilagUploadPathsTakeFiles() {
        assertThat(limits.limitFor("/api/meetings/m/items/i/attachments")).isEqualTo(DataSize.ofMegabytes(101).toBytes());
        assertThat(limits.limitFor("/api/meetings/m/items/i/attachments/a/file"))
                .isEqualTo(DataSize.ofMegabytes(101).toBytes());
        for (String command : new String[] {"/api/meetings/m/items/i/attachments/a/name",
                "/api/meetings/m/items/i/attachments/order", "/api/meetings/m/items/i/decision",
                "/api/meetings/m/items/i/attachments/a/file/x", "/api/meetings/m/attachments"}) {
            assertThat(limits.limitFor(command)).as(command).isEqualTo(DataSize.ofKilobytes(256).toBytes());
        }
        assertThat(limits.limitFor("/api/meetings/import")).isEqualTo(DataSize.ofMegabytes(2).toBytes());
    }
}
