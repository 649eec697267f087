package dk.plenum.observer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ScriptedMeeting;
import examples.ObserverClient.Event;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A member of the meeting's council follows the full stream; the public, beside it, sees the redacted one. */
@PlenumTest
class FullStreamTest {

    @LocalServerPort
    int port;

    @Test
    void aCouncilMemberGetsTheClosedContentThePublicDoesNot() {
        Api api = new Api(port);
        ScriptedMeeting meeting = ScriptedMeeting.importInto(api, "Erhvervsrådet", 3);
        assertThat(api.get("/api/meetings/" + meeting.id() + "/live", ScriptedMeeting.KIRSTEN).body())
                .contains("\"topic\":\"/topic/meetings/" + meeting.id() + "/full\"", meeting.closedMarker());
        try (Follower kirsten = Follower.following(port, meeting.id(), "kirsten:demo");
                Follower anyone = Follower.following(port, meeting.id(), null)) {
            meeting.start();
            long decided = meeting.decide(2);

            kirsten.awaitSeq(decided);
            anyone.awaitSeq(decided);
            assertThat(kirsten.events().getLast().json())
                    .contains(meeting.closedMarker() + "-beslutning-2", meeting.closedMarker() + "-mindretal-2",
                            "\"actor\":\"sekretariat\"");
            assertThat(anyone.events().getLast().json())
                    .contains(meeting.publicText(2)).doesNotContain(meeting.closedMarker());
            assertThat(kirsten.events()).allMatch(Event::live);
        }
    }
}
