package dk.plenum.observer;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import dk.plenum.support.Api;
import dk.plenum.support.Browser;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ScriptedMeeting;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cross-site WebSocket hijacking in a real browser: Kirsten is logged in to Plenum in Chromium and visits a
 * page on another origin (another port of the same host: same site, so Chromium sends her SameSite=Lax
 * session cookie along) that opens Plenum's {@code /ws} and subscribes to the members' stream. It must not
 * get a single frame of it.
 */
@PlenumTest
class CrossSiteStreamIT {

    /** The attacker's page: reports 'refused' if the socket ends before a RECEIPT, else 'subscribed' and leaks. */
    private static final String ATTACK = """
            <!doctype html><title>Nothing to see</title><script>
            const params = new URLSearchParams(location.search);
            window.leaked = [];
            const socket = new WebSocket(params.get('ws'));
            socket.onopen = () => socket.send('CONNECT\\naccept-version:1.2\\nhost:localhost\\n\\n\\0');
            socket.onmessage = event => {
              const frame = String(event.data);
              if (frame.startsWith('CONNECTED')) {
                socket.send('SUBSCRIBE\\nid:0\\ndestination:' + params.get('topic') + '\\nreceipt:r\\n\\n\\0');
              } else if (frame.startsWith('RECEIPT')) {
                window.outcome = 'subscribed';
              } else if (frame.startsWith('MESSAGE')) {
                window.leaked.push(frame);
              }
            };
            socket.onclose = () => { window.outcome = window.outcome || 'refused'; };
            </script>""";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    private HttpServer attacker;

    @AfterEach
    void stopAttacker() {
        if (attacker != null) {
            attacker.stop(0);
        }
    }

    @Test
    void aPageOnAnotherOriginGetsNoFrameOfTheMembersStream() throws IOException {
        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", 3);
        meeting.start();
        int attackerPort = serveAttack();
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name='username']").fill(ScriptedMeeting.KIRSTEN);
        page.locator("input[name='password']").fill("demo");
        page.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
        page.waitForURL(url -> !url.contains("/login"));

        page.navigate("http://localhost:" + attackerPort + "/attack.html?ws=ws://localhost:" + port + "/ws&topic="
                + ObserverTopics.fullOf(meeting.id()));
        page.waitForFunction("() => window.outcome !== undefined");
        if ("subscribed".equals(page.evaluate("() => window.outcome"))) {
            meeting.decide(2); // a closed item: what a leak would show
            page.waitForFunction("() => window.leaked.length > 0");
        }

        assertThat(page.evaluate("() => window.leaked.join('\\n')")).asString().isEmpty();
        assertThat(page.evaluate("() => window.outcome")).isEqualTo("refused");
    }

    private int serveAttack() throws IOException {
        attacker = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        attacker.createContext("/attack.html", exchange -> {
            byte[] page = ATTACK.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        attacker.start();
        return attacker.getAddress().getPort();
    }
}
