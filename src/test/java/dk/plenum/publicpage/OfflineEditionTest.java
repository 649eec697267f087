package dk.plenum.publicpage;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.bilag.BilagService;
import dk.plenum.bilag.BilagUpload;
import dk.plenum.bilag.TestPdfs;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Visibility;
import dk.plenum.support.Api;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.LoginForm;
import dk.plenum.support.PlenumTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member's offline edition of a meeting (decision 0022) as plain HTTP: only a member of the meeting, logged in, gets
 * it, with the closed item, its Bilag's pages and their own note but no one else's, never cacheable by the browser;
 * to the public and the secretariat it does not exist, nor its Bilag's pages.
 */
@PlenumTest
class OfflineEditionTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    AgendaImportService imports;

    @Autowired
    BilagService bilag;

    @Test
    void onlyAMemberOfTheMeetingGetsItWithTheClosedItemAndTheirOwnNote() {
        Meeting meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        String closedItem = meeting.items().get(2).id();
        Meeting withBilag = bilag.add(meeting.id(), closedItem, List.of(new BilagUpload("Fortroligt notat.pdf",
                TestPdfs.pages(2, "Fortroligt"))), Visibility.CLOSED, ImportedMeetings.SECRETARIAT);
        String attachment = withBilag.items().get(2).attachments().getLast().id();
        Api api = new Api(port);
        String notes = "/api/meetings/" + meeting.id() + "/notes/items/" + closedItem;
        assertThat(api.put(notes, "{\"text\": \"Kirstens egen note\"}", "kirsten").statusCode()).isEqualTo(200);
        assertThat(api.put(notes, "{\"text\": \"Thomas' egen note\"}", "thomas").statusCode()).isEqualTo(200);
        String edition = "/meetings/" + meeting.id() + "/offline";
        String pageImage = edition + "/items/" + closedItem + "/bilag/" + attachment + "/pages/2";
        String kirsten = session("kirsten");

        HttpResponse<String> page = get(edition, kirsten);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("script-src 'self'");
        assertThat(page.body()).contains("Personalesag", "Kirstens egen note", "Fortroligt notat",
                "class=\"plenum-offline-state\"").doesNotContain("Thomas' egen note");
        String listedImage = listedAddress(get(edition + "/files?lang=en", kirsten).body(), pageImage);
        assertThat(get(edition + "/files?lang=en", kirsten).body()).contains(edition + "?lang=en");
        String bilagReader = edition + "/items/" + closedItem + "/bilag/" + attachment;
        assertThat(get(bilagReader, kirsten).body()).as("the Bilag's offline page shows the listed image")
                .contains(listedImage);
        HttpResponse<byte[]> image = getBytes(pageImage, kirsten);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");

        // A device keeps the page images it has; a replaced Bilag's pages get new addresses, so it fetches those.
        bilag.replace(meeting.id(), closedItem, attachment, new BilagUpload("Fortroligt notat.pdf",
                TestPdfs.pages(2, "Rettet")), ImportedMeetings.SECRETARIAT);
        assertThat(listedAddress(get(edition + "/files?lang=en", kirsten).body(), pageImage))
                .as("page 2 after the Bilag was replaced").isNotEqualTo(listedImage);

        for (String outsider : new String[] {null, session("sekretariat")}) {
            HttpResponse<String> refused = get(edition, outsider);
            assertThat(refused.statusCode()).as(outsider == null ? "the public" : "the secretariat").isEqualTo(404);
            assertThat(refused.body()).doesNotContain("Personalesag", "Kirstens egen note");
            assertThat(get(edition + "/files", outsider).statusCode()).isEqualTo(404);
            assertThat(getBytes(pageImage, outsider).statusCode()).isEqualTo(404);
        }
    }

    /** The one address in the list that starts with {@code start}, with its query. */
    private static String listedAddress(String files, String start) {
        Matcher listed = Pattern.compile(Pattern.quote(start) + "[^\"]*").matcher(files);
        assertThat(listed.find()).as(start + " listed").isTrue();
        return listed.group();
    }

    private String session(String username) {
        return LoginForm.sessionAfter(new LoginForm(port).logIn(username, "demo"), null);
    }

    private HttpResponse<String> get(String path, String session) {
        return send(request(path, session), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path, String session) {
        return send(request(path, session), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String path, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        return (session == null ? request : request.header("Cookie", "JSESSIONID=" + session)).build();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
