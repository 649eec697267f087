package dk.plenum.council;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.meeting.MemberRole;
import dk.plenum.support.PlenumTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** People are enrolled in a council once each, by name, however many imports enrol them at once. */
@PlenumTest
class CouncilServiceTest {

    static final int IMPORTS = 8;

    @Autowired
    CouncilService councils;

    /** Each import brings someone new and someone all of them bring; nobody may be lost or enrolled twice. */
    @Test
    void importsEnrollingAtOnceKeepEveryoneAndEachPersonOnce() throws Exception {
        String council = "Råd " + UUID.randomUUID();
        councils.enrol(council, Map.of("Lasse Frimand Jensen", MemberRole.CHAIR));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Council>> enrolled;
        try (ExecutorService imports = Executors.newFixedThreadPool(IMPORTS)) {
            enrolled = IntStream.range(0, IMPORTS).mapToObj(k -> imports.submit(() -> {
                go.await();
                return councils.enrol(council, Map.of("Ny " + k, MemberRole.MEMBER, "Fælles Nyvalgt", MemberRole.MEMBER));
            })).toList();
            go.countDown();
            for (Future<Council> each : enrolled) {
                each.get();
            }
        }

        Council stored = councils.findByName(council).orElseThrow();
        assertThat(stored.members()).extracting(CouncilMember::name).containsExactlyInAnyOrderElementsOf(
                IntStream.concat(IntStream.of(-1, -2), IntStream.range(0, IMPORTS))
                        .mapToObj(k -> k == -1 ? "Lasse Frimand Jensen" : k == -2 ? "Fælles Nyvalgt" : "Ny " + k).toList());
        String sharedId = stored.memberNamed("Fælles Nyvalgt").orElseThrow().id();
        for (Future<Council> each : enrolled) {
            assertThat(each.get().memberNamed("Fælles Nyvalgt").orElseThrow().id())
                    .as("every import's meeting names the one enrolled person").isEqualTo(sharedId);
        }
    }
}
