package dk.plenum.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** How the API refuses: an {@code application/problem+json} answer (docs/api.md, "Errors"). */
public final class Problems {

    private Problems() {
    }

    /** Refused with {@code status}, as problem+json whose {@code detail} is exactly {@code detail}. */
    public static void assertRefused(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Api.json(response).get("detail").stringValue()).isEqualTo(detail);
    }

    /** Answered with {@code status}, as problem+json whose {@code status} field says the same. */
    public static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Api.json(response).get("status").asInt()).isEqualTo(status);
    }
}
