package dk.plenum.shell;

import static dk.plenum.support.Api.json;
import static dk.plenum.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.PlenumTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error under /api is an application/problem+json body with its true status: an unexpected
 * failure (500, with an id that is also in the log, and nothing of the exception), an unknown path with
 * any method (404, not Vaadin's index page with 200), a wrong method or media type, a request the
 * firewall rejects. Before, a failure answered 302 to the login page or an empty 403. The public's page
 * ({@code /live/…}) fails the same way (issue 14: 302 to the login page).
 */
@PlenumTest
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorsTest {

    private static final String SECRETARIAT = "sekretariat";

    @LocalServerPort
    int port;

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void anUnexpectedFailureIsA500ProblemWhoseIdIsInTheLog(CapturedOutput log) {
        HttpResponse<String> anonymous = api.get(InjectedFailureApi.PATH, null);
        HttpResponse<String> loggedIn = api.post(InjectedFailureApi.PATH, "{}", SECRETARIAT);

        for (HttpResponse<String> failed : List.of(anonymous, loggedIn)) {
            assertProblem(failed, 500);
            assertThat(failed.body()).doesNotContain(InjectedFailureApi.SECRET, "IllegalStateException", "dk.plenum",
                    "java.", "at ");
            String failureId = json(failed).get("failureId").stringValue();
            assertThat(json(failed).get("detail").stringValue()).contains(failureId);
            assertThat(log.getOut() + log.getErr()).as("the log line carries the id the client got")
                    .contains("API failure " + failureId).contains(InjectedFailureApi.SECRET);
        }
    }

    @Test
    void aFailingPublicPageIsA500ProblemNotARedirectToTheLogin(CapturedOutput log) throws Exception {
        // As a browser asks for a page.
        HttpResponse<String> failed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + InjectedFailureApi.PUBLIC_PAGE))
                .header("Accept", "text/html,application/xhtml+xml").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(failed, 500);
        assertThat(failed.headers().firstValue("Location")).isEmpty();
        assertThat(failed.body()).doesNotContain(InjectedFailureApi.SECRET, "IllegalStateException");
        assertThat(log.getOut() + log.getErr()).contains(json(failed).get("failureId").stringValue());
    }

    @Test
    void anUnknownPathUnderTheApiIsA404ProblemWhateverTheMethod() {
        assertProblem(api.get("/api/no-such-thing", null), 404);
        assertProblem(api.get("/api", null), 404);
        // The typo of the issue: "decisions" for "decision" answered 200 with Vaadin's index page.
        assertProblem(api.post("/api/meetings/m1/items/i1/decisions",
                "{\"outcome\": \"APPROVED\", \"text\": \"Godkendt.\"}", SECRETARIAT), 404);
        assertProblem(api.put("/api/meetings/m1/nothing", "{}", SECRETARIAT), 404);
        assertProblem(api.delete("/api/no-such-thing", SECRETARIAT), 404);
    }

    @Test
    void aWrongMethodOrMediaTypeStaysA405Or415Problem() {
        assertProblem(api.delete("/api/meetings", SECRETARIAT), 405);
        assertProblem(api.send("/api/meetings/import", "text/plain", "{}", SECRETARIAT), 415);
    }

    @Test
    void aRequestTheFirewallRejectsIsA400Problem() {
        assertProblem(api.get("/api/meetings;jsessionid=x", null), 400);
        assertProblem(api.get("/api/meetings;jsessionid=x", SECRETARIAT), 400);
    }
}
