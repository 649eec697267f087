package dk.plenum.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.observer.ObserverTopics;
import dk.plenum.support.Api;
import dk.plenum.support.LoginForm;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.RawStompSocket;
import dk.plenum.support.ScriptedMeeting;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Logging out ends what the UI's session could reach: pages that need a login send it to the login page again,
 * and the live stream no longer takes its cookie for the member (the members' stream is refused). The logout is
 * the POST to /logout with the session's CSRF token; the UI's logout button runs the same logout handlers. A
 * logout posted without the token (another site's form) ends nothing. The API never honours the session at all
 * (HTTP Basic only), so there is nothing there for a logout to end.
 */
@PlenumTest
class LogoutTest {

    @LocalServerPort
    int port;

    private LoginForm form;
    private String membersStream;
    private String session;

    @BeforeEach
    void kirstenLoggedIn() {
        form = new LoginForm(port);
        membersStream = ObserverTopics.fullOf(ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", 1).id());
        session = LoginForm.sessionAfter(form.logIn("kirsten", "demo"), null);
        assertThat(form.loggedIn(session)).isTrue();
        assertThat(subscribeWithSession(membersStream)).startsWith("RECEIPT");
    }

    @Test
    void aLoggedOutSessionReachesNeitherPagesThatNeedALoginNorTheMembersStream() {
        HttpResponse<String> loggedOut = form.logOut(session);

        assertThat(loggedOut.statusCode()).isEqualTo(302);
        assertThat(form.loggedIn(session)).isFalse();
        assertThat(subscribeWithSession(membersStream)).startsWith("ERROR");
    }

    @Test
    void aLogoutWithoutTheSessionsTokenLogsNobodyOut() {
        form.postLogout(session, "");

        assertThat(form.loggedIn(session)).isTrue();
        assertThat(subscribeWithSession(membersStream)).startsWith("RECEIPT");
    }

    /** As the member's own page opens the stream: the session cookie, from the app's own origin. */
    private String subscribeWithSession(String topic) {
        try (RawStompSocket socket = RawStompSocket.open(port,
                Map.of("Cookie", "JSESSIONID=" + session, "Origin", "http://localhost:" + port), 0)) {
            return socket.connectAndSubscribe(topic);
        }
    }
}
