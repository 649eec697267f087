package dk.plenum.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.council.CouncilService;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.preparation.AgendaStart;
import dk.plenum.preparation.MeetingDetails;
import dk.plenum.preparation.PreparationService;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A wrong address, typed or from an old link, answers 404 with the translated not-found page and its way back, for the
 * public and for someone logged in alike (issue 15: logged in, the browser showed ERR_INVALID_RESPONSE, an empty 403;
 * the public was sent to the login page): no page, no meeting, no council (its page and plan answered 200 with the
 * not-found text), or a draft that only its secretariat may see (also 200). A page that exists still loads as before.
 */
@PlenumTest
class NotFoundStatusTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    CouncilService councils;

    @Autowired
    PreparationService preparation;

    @Test
    void theUnknownAddressesAreANotFoundPageForThePublic() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (String address : new String[] {"/nope", "/meetings/unknown-id", "/meetings/unknown-id/control/x",
                "/councils/unknown-id", "/councils/unknown-id/plan", "/meetings/" + draft().id()}) {
            HttpResponse<String> page = page(anonymous, address);
            assertThat(page.statusCode()).as(address).isEqualTo(404);
            assertThat(page.body()).as(address).contains("Siden findes ikke").contains("Tilbage til m");
        }
        assertThat(page(anonymous, "/").statusCode()).isEqualTo(200);
        assertThat(page(anonymous, "/councils/" + erhvervsraadet()).statusCode()).isEqualTo(200);
        assertThat(page(anonymous, "/councils/" + erhvervsraadet() + "/plan").statusCode()).isEqualTo(200);
    }

    @Test
    void theUnknownAddressesAreANotFoundPageForSomeoneLoggedIn() throws Exception {
        Meeting draft = draft();
        HttpClient kirsten = logIn("kirsten");
        for (String address : new String[] {"/nope", "/meetings/unknown-id", "/councils/unknown-id",
                "/meetings/" + draft.id()}) {
            HttpResponse<String> page = page(kirsten, address);
            assertThat(page.statusCode()).as(address).isEqualTo(404);
            assertThat(page.body()).as(address).contains("Siden findes ikke").contains("Tilbage til m");
        }
        assertThat(page(kirsten, "/").statusCode()).isEqualTo(200);
        // The secretariat preparing it sees the draft.
        assertThat(page(logIn("mette"), "/meetings/" + draft.id()).statusCode()).isEqualTo(200);
    }

    /** A meeting the secretariat is preparing: to everyone else a meeting that does not exist. */
    private Meeting draft() {
        return preparation.create(erhvervsraadet(), new MeetingDetails("Kladde til et møde", MeetingKind.ORDINARY,
                ImportedMeetings.nextStartsAt(), null, null), AgendaStart.STANDARD_ITEMS, ImportedMeetings.SECRETARIAT);
    }

    private String erhvervsraadet() {
        return councils.findByName("Erhvervsrådet").orElseThrow().id();
    }

    private HttpClient logIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher token = CSRF.matcher(page(client, "/login").body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return client;
    }

    private HttpResponse<String> page(HttpClient client, String address) throws Exception {
        return client.send(HttpRequest.newBuilder(url(address)).header("Accept", "text/html")
                .header("Accept-Language", "da").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String address) {
        return URI.create("http://localhost:" + port + address);
    }
}
