package dk.plenum.observer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ScriptedMeeting;
import examples.ObserverClient.Event;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Observers whose connection dies mid-meeting reconnect with the recipe and miss nothing, twice nothing. */
@PlenumTest
class ReconnectTest {

    private static final int OBSERVERS = 20;
    private static final int DROPPED = 10;

    @LocalServerPort
    int port;

    private final List<Follower> followers = new ArrayList<>();

    @AfterEach
    void stopFollowing() {
        followers.forEach(Follower::close);
    }

    @Test
    void droppedObserversCatchUpFromTheLogWithoutGapsOrDuplicates() {
        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", 9);
        for (int i = 0; i < OBSERVERS; i++) {
            followers.add(Follower.following(port, meeting.id(), null));
        }
        meeting.start();
        for (int item = 0; item < 3; item++) {
            meeting.decide(item);
        }

        List<Follower> dropped = followers.subList(0, DROPPED);
        dropped.forEach(follower -> follower.client().dropConnection());
        // Committed while they are away: the client waits at least 200 ms before reconnecting.
        for (int item = 3; item < 6; item++) {
            meeting.decide(item);
        }
        dropped.forEach(follower -> Follower.await(follower.client()::isFollowing, "reconnected"));
        for (int item = 6; item < 9; item++) {
            meeting.decide(item);
        }
        long last = meeting.close();

        for (Follower follower : followers) {
            follower.awaitSeq(last);
            follower.assertGapFree(1, last);
        }
        for (Follower follower : dropped) {
            assertThat(follower.client().reconnects()).isEqualTo(1);
            assertThat(follower.events()).as("caught up from the log").anyMatch(event -> !event.live());
            assertThat(follower.events().getLast().live()).as("live again after reconnecting").isTrue();
        }
        assertThat(followers.subList(DROPPED, OBSERVERS)).allSatisfy(follower ->
                assertThat(follower.events()).allMatch(Event::live));
    }
}
