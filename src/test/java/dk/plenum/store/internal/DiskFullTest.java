package dk.plenum.store.internal;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.plenum.PlenumApplication;
import dk.plenum.support.Api;
import dk.plenum.support.AppProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application (in a second JVM) keeps its data on a small tmpfs that the test fills to the last byte.
 * While the disk is full every API call answers 503 problem+json "Store unavailable", also when the login
 * itself cannot read the account; once space is freed, commands succeed again without a restart, and the
 * command refused meanwhile was not stored. A start on the full disk exits at once and says why in one line.
 * Skipped where a tmpfs cannot be mounted (it needs root).
 */
@Timeout(value = 12, unit = TimeUnit.MINUTES)
class DiskFullTest {

    private static final String SECRETARIAT = "sekretariat";
    private static final String VOLUME_SIZE = "24m";

    @TempDir
    Path directory;

    private Path volume;

    @BeforeEach
    void mountASmallVolume() throws Exception {
        volume = Files.createDirectories(directory.resolve("volume"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + VOLUME_SIZE, "tmpfs",
                volume.toString()).redirectErrorStream(true).start();
        String output = new String(mount.getInputStream().readAllBytes());
        Assumptions.assumeTrue(mount.waitFor() == 0,
                () -> "Cannot mount a " + VOLUME_SIZE + " tmpfs to fill (needs root): " + output.strip());
    }

    @AfterEach
    void unmount() throws Exception {
        new ProcessBuilder("umount", "-l", volume.toString()).inheritIO().start().waitFor();
    }

    @Test
    void aFullDiskAnswers503UntilSpaceReturnsAndAStartOnItSaysWhy() throws Exception {
        Path data = volume.resolve("data");
        Path filler = volume.resolve("filler");
        try (AppProcess app = AppProcess.start(data, directory.resolve("app.log"))) {
            Api api = app.api();
            HttpResponse<String> created = api.post("/api/meetings/import", """
                    {"council": "Erhvervsrådet", "title": "Møde på fuld disk", "kind": "ORDINARY",
                     "startsAt": "2036-01-07T09:00:00Z",
                     "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"}],
                     "items": [{"number": 1, "title": "Budget", "visibility": "OPEN"}]}
                    """, SECRETARIAT);
            String meetingId = json(created).get("id").stringValue();
            String item = json(created).get("items").get(0).get("id").stringValue();
            String currentItem = "/api/meetings/" + meetingId + "/current-item";
            assertThat(api.post("/api/meetings/" + meetingId + "/start", "", SECRETARIAT).statusCode()).isEqualTo(200);

            fill(filler);
            long sent = System.nanoTime();
            HttpResponse<String> refused = api.post(currentItem, "{\"itemId\": \"" + item + "\"}", SECRETARIAT);
            System.out.printf("Disk full: a command answered %d in %.0f ms%n", refused.statusCode(),
                    (System.nanoTime() - sent) / 1e6);
            assertStoreUnavailable(refused);
            assertStoreUnavailable(api.get("/api/meetings/" + meetingId, SECRETARIAT)); // the login cannot read the account
            assertStoreUnavailable(api.get("/api/meetings", null));

            Files.delete(filler);
            long freed = System.nanoTime();
            await("a command accepted again once there is space").atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> api.post(currentItem, "{\"itemId\": \"" + item + "\"}", SECRETARIAT).statusCode() == 200);
            System.out.printf("Disk freed: commands accepted again after %.1f s, without a restart%n",
                    (System.nanoTime() - freed) / 1e9);
            assertThat(json(api.get("/api/meetings/" + meetingId + "/events", SECRETARIAT)).values())
                    .as("the command refused while the disk was full stored nothing")
                    .extracting(event -> event.get("type").stringValue())
                    .containsExactly("MEETING_SCHEDULED", "MEETING_STARTED", "CURRENT_ITEM_SET");
            assertThat(json(api.get("/api/meetings", null)).values())
                    .anySatisfy(listed -> assertThat(listed.get("id").stringValue()).isEqualTo(meetingId));
        }

        fill(filler);
        long launched = System.nanoTime();
        try (AppProcess onFullDisk = AppProcess.launch(PlenumApplication.class, data,
                directory.resolve("start-on-full-disk.log"))) {
            assertThat(onFullDisk.process().waitFor(AppProcess.START_PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .as("a start on a full disk exits").isTrue();
            System.out.printf("Start on a full disk: exited with %d after %.1f s%n", onFullDisk.process().exitValue(),
                    (System.nanoTime() - launched) / 1e9);
            assertThat(onFullDisk.process().exitValue()).isNotZero();
            assertThat(onFullDisk.log()).contains("Cannot start: the embedded store cannot write its data file "
                    + data.resolve("plenum.db").toAbsolutePath());
        }
    }

    private static void assertStoreUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("title").stringValue()).isEqualTo("Store unavailable");
    }

    /** Writes until the volume has not a byte left. */
    private static void fill(Path filler) throws IOException {
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int chunk : new int[] {1024 * 1024, 4096, 1}) {
                byte[] bytes = new byte[chunk];
                try {
                    while (true) {
                        out.write(bytes);
                        out.flush();
                    }
                } catch (IOException full) {
                    // next, smaller chunks fill what is left
                }
            }
        } catch (IOException closingAFullFile) {
            // the file holds what fitted
        }
    }
}
