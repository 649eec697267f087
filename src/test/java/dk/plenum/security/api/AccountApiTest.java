package dk.plenum.security.api;

import static dk.plenum.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.PlenumTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /api/accounts}: the role is required, the password is kept exactly as typed and must fit
 * what BCrypt checks, and a username must be one HTTP Basic and the log can carry.
 */
@PlenumTest
class AccountApiTest {

    private static final String ADMINISTRATOR = "sekretariat";

    @LocalServerPort
    int port;

    private Api api;
    private String councilId;

    @BeforeEach
    void theDemoCouncil() {
        api = new Api(port);
        councilId = json(api.get("/api/meetings", null)).values().stream()
                .filter(meeting -> meeting.get("council").stringValue().equals("Erhvervsrådet")).findFirst()
                .orElseThrow().get("councilId").stringValue();
    }

    @Test
    void anAccountWithoutARoleIsRefusedNotMadeASecretary() {
        String username = unique("uden-rolle");
        HttpResponse<String> created = api.post("/api/accounts", """
                {"username": "%s", "password": "et langt nok ord"}""".formatted(username), ADMINISTRATOR);

        assertRefused(created, "Say which role the account has: MEMBER, SECRETARIAT or ADMINISTRATOR.");
        assertThat(api.getWithPassword("/api/meetings", username, "et langt nok ord").statusCode())
                .as("no account was created").isEqualTo(401);
    }

    @Test
    void thePasswordIsStoredExactlyAsTyped() {
        String username = unique("mellemrum");
        String typed = "  med mellemrum  ";
        assertThat(secretary(username, typed).statusCode()).isEqualTo(201);

        assertThat(api.postWithPassword("/api/accounts", "{}", username, typed).statusCode())
                .as("logged in with the password as typed; the empty account is refused as invalid").isEqualTo(400);
        assertThat(api.postWithPassword("/api/accounts", "{}", username, typed.strip()).statusCode())
                .as("the trimmed password is another password").isEqualTo(401);
    }

    @Test
    void aPasswordBCryptWouldCutIsRefused() {
        String seventyTwoBytes = "æ".repeat(36);
        assertThat(secretary(unique("lang"), seventyTwoBytes).statusCode()).isEqualTo(201);

        String username = unique("for-lang");
        assertRefused(secretary(username, seventyTwoBytes + "x"),
                "A password can have at most 72 bytes (UTF-8); letters like æ, ø and å take two.");
        assertThat(api.getWithPassword("/api/meetings", username, seventyTwoBytes + "x").statusCode()).isEqualTo(401);
    }

    @Test
    void aUsernameWithAColonOrAControlCharacterIsRefused() {
        for (String username : new String[] {"ole:hansen", "ole\\nhansen", "ole\\u202ehansen"}) {
            assertRefused(secretary(username, "et langt nok ord"),
                    "A username must not contain a colon or control characters.");
        }
        // What no text may hold is refused as in every other field, naming it.
        assertRefused(secretary("ole\\u0000", "et langt nok ord"),
                "The username contains a character that cannot be stored: U+0000 at position 4.");
    }

    private HttpResponse<String> secretary(String username, String password) {
        return api.post("/api/accounts", """
                {"username": "%s", "password": "%s", "role": "SECRETARIAT", "councilId": "%s"}"""
                .formatted(username, password, councilId), ADMINISTRATOR);
    }

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    private static void assertRefused(HttpResponse<String> response, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("detail").stringValue()).isEqualTo(detail);
    }
}
