package dk.plenum.store.internal;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.plenum.PlenumApplication;
import dk.plenum.support.Api;
import dk.plenum.support.AppProcess;
import dk.plenum.support.ImportedMeetings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application (in a second JVM) keeps its data on a small tmpfs that the test fills to the last byte.
 * Once a command no longer fits, every API call answers 503 problem+json "Store unavailable", also when
 * the login itself cannot read the account; once space is freed, commands succeed again without a restart, and the
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
            String meetingId = ImportedMeetings.importOverApi(api, """
                    {"council": "Erhvervsrådet", "title": "Møde på fuld disk", "kind": "ORDINARY",
                     "startsAt": "2036-01-07T09:00:00Z",
                     "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"}],
                     "items": [{"number": 1, "title": "Budget", "visibility": "OPEN"}]}
                    """).id();
            String lateItems = "/api/meetings/" + meetingId + "/items";
            assertThat(api.post("/api/meetings/" + meetingId + "/start", "", SECRETARIAT).statusCode()).isEqualTo(200);

            fill(filler);
            // H2 reuses free space inside its file, so the first commands may still fit: add late items with
            // incompressible text until the file must grow.
            String lateItem = "{\"title\": \"Tillægspunkt\", \"recommendation\": \"" + randomLetters(20_000) + "\"}";
            int acceptedOnTheFullDisk = 0;
            long sent = System.nanoTime();
            HttpResponse<String> refused = api.post(lateItems, lateItem, SECRETARIAT);
            while (refused.statusCode() == 200 && acceptedOnTheFullDisk < 150) {
                acceptedOnTheFullDisk++;
                sent = System.nanoTime();
                refused = api.post(lateItems, lateItem, SECRETARIAT);
            }
            System.out.printf("Disk full: %d late items still fitted into the file, then %d in %.0f ms%n",
                    acceptedOnTheFullDisk, refused.statusCode(), (System.nanoTime() - sent) / 1e6);
            assertStoreUnavailable(refused);
            assertStoreUnavailable(api.get("/api/meetings/" + meetingId, SECRETARIAT)); // the login cannot read the account
            assertStoreUnavailable(api.get("/api/meetings", null));

            Files.delete(filler);
            long freed = System.nanoTime();
            await("a command accepted again once there is space").atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(200)).ignoreException(UncheckedIOException.class)
                    .until(() -> {
                        assertThat(app.process().isAlive()).as("application alive: %s", app.log()).isTrue();
                        return app.api().post(lateItems, lateItem, SECRETARIAT).statusCode() == 200;
                    });
            System.out.printf("Disk freed: commands accepted again after %.1f s, without a restart%n",
                    (System.nanoTime() - freed) / 1e9);
            assertThat(json(api.get("/api/meetings/" + meetingId + "/events", SECRETARIAT)).values())
                    .as("the command refused while the disk was full stored nothing")
                    .extracting(event -> event.get("type").stringValue())
                    .containsOnly("MEETING_SCHEDULED", "MEETING_STARTED", "ITEM_ADDED")
                    .hasSize(2 + acceptedOnTheFullDisk + 1);
            assertThat(json(api.get("/api/meetings", null)).values())
                    .anySatisfy(listed -> assertThat(listed.get("id").stringValue()).isEqualTo(meetingId));
        }

        fill(filler);
        long launched = System.nanoTime();
        try (AppProcess onFullDisk = AppProcess.launch(PlenumApplication.class, data,
                directory.resolve("start-on-full-disk.log"))) {
            int exitCode = onFullDisk.awaitExit();
            System.out.printf("Start on a full disk: exited with %d after %.1f s%n", exitCode,
                    (System.nanoTime() - launched) / 1e9);
            assertThat(exitCode).isNotZero();
            assertThat(onFullDisk.log()).contains("Cannot start: the embedded store cannot write its data file "
                    + data.resolve("plenum.db").toAbsolutePath());
        }
    }

    private static void assertStoreUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("title").stringValue()).isEqualTo("Store unavailable");
    }

    private static String randomLetters(int length) {
        Random random = new Random();
        StringBuilder letters = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
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
