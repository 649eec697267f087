package dk.plenum.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.plenum.PlenumApplication;
import dk.plenum.observer.ObserverTopics;
import dk.plenum.support.Api;
import dk.plenum.support.AppProcess;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.LoginForm;
import dk.plenum.support.RawStompSocket;
import dk.plenum.support.RawStompSocket.CloseFrame;
import dk.plenum.support.ScriptedMeeting;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two instances on one store, started as {@code live.CrossInstanceLiveTest} starts them: instance A in this JVM
 * hosts the embedded store, instance B in a JVM of its own uses it as an external MongoDB. A deactivation and a
 * password reset made on A end, within seconds, the member's UI session on B (refused at its next request) and the
 * members' STOMP streams on A and B, whether the handshake logged in with HTTP Basic or the session (and when the
 * stream is the only login the person has on that instance); a login made
 * after the reset, and everybody else's, hold. Prints how long each took; no timing assertions.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class EndedLoginsAcrossInstancesTest {

    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(15);

    @TempDir
    Path directory;

    /** As in CrossInstanceLiveTest: the application started here replaces Spring Security's JVM-wide strategy. */
    private final SecurityContextHolderStrategy sharedStrategy = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void giveTheSharedApplicationItsSecurityContextBack() {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    @Test
    void aDeactivationOrResetOnOneInstanceEndsTheLoginsSessionsAndMembersStreamsOnEveryInstance() throws Exception {
        int storePort = AppProcess.freePort();
        int portB = AppProcess.freePort();
        Path logB = directory.resolve("instance-b.log");
        try (ConfigurableApplicationContext instanceA = new SpringApplicationBuilder(PlenumApplication.class).run(
                "--server.port=0", "--plenum.store.port=" + storePort, "--plenum.store.oplog=true",
                "--plenum.store.data-dir=" + directory.resolve("store"));
             AppProcess instanceB = AppProcess.launchMain(PlenumApplication.class, logB, "--server.port=" + portB,
                     "--spring.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/plenum")) {
            int portA = instanceA.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            await("instance B answering, see " + logB).atMost(AppProcess.START_PATIENCE)
                    .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .until(() -> new Api(portB).get("/api/meetings", "lasse").statusCode() == 200);
            String meetingId = ScriptedMeeting.importInto(new Api(portA), "Erhvervsrådet", 3).id();
            LoginForm formB = new LoginForm(portB);
            String kirstenOnB = logIn(formB, "kirsten", "demo");
            String ullaOnB = logIn(formB, "ulla", "demo");
            String lasseOnB = logIn(formB, "lasse", "demo");

            try (RawStompSocket kirstenBasicOnA = membersStream(portA, basic("kirsten"));
                    RawStompSocket kirstenSessionOnB = membersStream(portB, Map.of("Cookie", "JSESSIONID=" + kirstenOnB,
                            "Origin", "http://localhost:" + portB));
                    RawStompSocket thomasBasicOnB = membersStream(portB, basic("thomas"));
                    RawStompSocket lasseBasicOnB = membersStream(portB, basic("lasse"))) {
                for (RawStompSocket stream : List.of(kirstenBasicOnA, kirstenSessionOnB, thomasBasicOnB,
                        lasseBasicOnB)) {
                    assertThat(stream.connectAndSubscribe(ObserverTopics.fullOf(meetingId))).startsWith("RECEIPT");
                }
                AccountService accountsOnA = instanceA.getBean(AccountService.class);

                accountsOnA.deactivate(ImportedMeetings.SECRETARIAT, "kirsten");
                accountsOnA.resetPassword(ImportedMeetings.SECRETARIAT, "ulla", "et helt nyt kodeord");
                accountsOnA.resetPassword(ImportedMeetings.SECRETARIAT, "thomas", "et andet nyt kodeord");
                long ended = System.nanoTime();

                assertEndedWithReason(kirstenBasicOnA, "Kirsten's Basic stream on A", ended);
                assertEndedWithReason(thomasBasicOnB, "Thomas's Basic stream on B, his only login there", ended);
                assertClosedWithSession(kirstenSessionOnB, "Kirsten's session stream on B", ended);
                await("sessions on B refused").atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(100))
                        .until(() -> !formB.loggedIn(kirstenOnB) && !formB.loggedIn(ullaOnB));
                System.out.printf("Ended logins: sessions on B refused %d ms after the reset on A%n",
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - ended));

                String ullaAgain = logIn(formB, "ulla", "et helt nyt kodeord");
                assertThat(formB.loggedIn(ullaAgain)).as("a login with the new password holds").isTrue();
                assertThat(formB.loggedIn(lasseOnB)).as("another member's session holds").isTrue();
                lasseBasicOnB.send("SUBSCRIBE\nid:1\ndestination:" + ObserverTopics.publicOf(meetingId)
                        + "\nreceipt:still-open\n\n\0");
                assertThat(lasseBasicOnB.read()).as("another member's stream holds").startsWith("RECEIPT");
            }
        }
    }

    private static String logIn(LoginForm form, String username, String password) {
        String session = LoginForm.sessionAfter(form.logIn(username, password), null);
        assertThat(form.loggedIn(session)).as(username + " logged in").isTrue();
        return session;
    }

    private static Map<String, String> basic(String username) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    private static RawStompSocket membersStream(int port, Map<String, String> handshakeHeaders) {
        RawStompSocket stream = RawStompSocket.open(port, handshakeHeaders, 0);
        assertThat(stream.status()).isEqualTo(101);
        return stream;
    }

    /** Reads the stream to its end: an ERROR frame saying the login ended, then the close with its reason. */
    private static void assertEndedWithReason(RawStompSocket stream, String which, long endedAtNanos) {
        List<String> frames = readToTheEnd(stream, which, endedAtNanos);
        assertThat(frames).as(which).anySatisfy(frame -> assertThat(frame).startsWith("ERROR")
                .contains("message:Your login has ended (password reset or account deactivated). Log in again."));
        assertThat(stream.closeFrame()).as(which).hasValue(new CloseFrame(1008, "Login ended"));
    }

    /**
     * A stream that the session logged in ends with the session: Tomcat closes a WebSocket whose handshake was made
     * in an HTTP session when that session ends, with a reason of its own, which may come before ours.
     */
    private static void assertClosedWithSession(RawStompSocket stream, String which, long endedAtNanos) {
        readToTheEnd(stream, which, endedAtNanos);
        assertThat(stream.closeFrame()).as(which).hasValueSatisfying(close -> {
            assertThat(close.code()).isEqualTo(1008);
            assertThat(close.reason()).isIn("Login ended",
                    "This connection was established under an authenticated HTTP session that has ended.");
        });
    }

    private static List<String> readToTheEnd(RawStompSocket stream, String which, long endedAtNanos) {
        List<String> frames = new ArrayList<>();
        for (String frame = stream.read(); frame != null; frame = stream.read()) {
            frames.add(frame);
        }
        System.out.printf("Ended logins: %s closed %d ms after the reset on A%n", which,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - endedAtNanos));
        return frames;
    }
}
