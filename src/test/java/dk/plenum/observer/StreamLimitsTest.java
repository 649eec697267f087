package dk.plenum.observer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.RawStompSocket;
import dk.plenum.support.ScriptedMeeting;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a socket on {@code /ws} may hold, over real sockets: no observer slot without a STOMP CONNECT within
 * the connect deadline (10 s), a handful of subscriptions per connection, heart-beats so dead peers are found,
 * and ERROR frames that say what was wrong in plain words, never which class failed.
 */
@PlenumTest
class StreamLimitsTest {

    /** Longer than the connect deadline and the heart-beat interval (both 10 s), with room for a busy machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Test
    void socketsWithoutACompleteConnectAreClosedAndConnectedOnesGetHeartBeats() {
        try (RawStompSocket silent = RawStompSocket.open(port, Map.of(), 0);
                RawStompSocket unterminated = RawStompSocket.open(port, Map.of(), 0);
                RawStompSocket connected = RawStompSocket.open(port, Map.of(), 0)) {
            unterminated.send("CONNECT\naccept-version:1.2\nhost:localhost\n\n");
            connected.send("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,1000\n\n\0");
            assertThat(connected.read()).startsWith("CONNECTED").contains("\nheart-beat:10000,10000\n");

            assertThat(silent.closedByServer(PATIENCE)).as("never sent CONNECT").isTrue();
            assertThat(unterminated.closedByServer(PATIENCE)).as("CONNECT without its NUL").isTrue();
            assertThat(connected.read()).as("a heart-beat").isEqualTo("\n");
        }
    }

    @Test
    void aConnectionHoldsAtMostEightSubscriptions() {
        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", 3);
        String topic = ObserverTopics.publicOf(meeting.id());
        try (RawStompSocket greedy = RawStompSocket.open(port, Map.of(), 0)) {
            greedy.send("CONNECT\naccept-version:1.2\nhost:localhost\n\n\0");
            assertThat(greedy.read()).startsWith("CONNECTED");
            for (int id = 0; id < 8; id++) {
                greedy.send("SUBSCRIBE\nid:" + id + "\ndestination:" + topic + "\nreceipt:r" + id + "\n\n\0");
                assertThat(greedy.read()).startsWith("RECEIPT");
            }
            greedy.send("SUBSCRIBE\nid:8\ndestination:" + topic + "\nreceipt:r8\n\n\0");

            assertThat(greedy.read()).startsWith("ERROR").contains("message:At most 8 subscriptions");
            assertThat(greedy.closedByServer(PATIENCE)).isTrue();
        }
    }

    @Test
    void errorFramesNameNoClasses() {
        List<String> abuse = List.of("HELLO\nnot:stomp\n\n\0", "SUBSCRIBE\ndestination:/topic/meetings/x\n\n\0",
                "SUBSCRIBE\nid:0\nbad\\header:x\n\n\0", "CONNECT\naccept-version:1.2\ncontent-length:x\n\n\0");
        IntStream.range(0, abuse.size()).forEach(n -> {
            String error = errorFrameAnswering(abuse.get(n));
            assertThat(error).as("answer to abuse %d", n).startsWith("ERROR")
                    .doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Za-z.]*[A-Z]\\w+")
                    .doesNotContain("Exception", "Cannot invoke", "null");
        });
    }

    /** The ERROR frame the server answers {@code abuse} with, before it closes the connection. */
    private String errorFrameAnswering(String abuse) {
        try (RawStompSocket abuser = RawStompSocket.open(port, Map.of(), 0)) {
            abuser.send("CONNECT\naccept-version:1.2\nhost:localhost\n\n\0");
            assertThat(abuser.read()).startsWith("CONNECTED");
            abuser.send(abuse);
            return abuser.read();
        }
    }
}
