package dk.plenum.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.LoginForm;
import dk.plenum.support.MovableClock;
import dk.plenum.support.PlenumTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * Password guessing over HTTP Basic and the login form is held back per account and per client address
 * (429 with Retry-After), before any password is hashed; others' logins go on; and once the window has
 * passed (the test moves the app's clock, it does not wait) the right password works again.
 */
@PlenumTest
class LoginThrottleTest {

    /** The app's clock, which the tests move on. */
    @TestConfiguration
    static class MovableClockConfiguration {

        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Test
    void guessingAtOneAccountHoldsBackOnlyThatAccountUntilTheWindowHasPassed() throws Exception {
        Api api = new Api(port);
        assertThat(api.getWithPassword("/api/meetings", "ulla", "demo").statusCode()).isEqualTo(200);
        HttpClient loopback = HttpClient.newHttpClient();

        // 400 guesses from 8 threads, with Kirsten using the API all the while.
        ExecutorService guessers = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Integer>> guesses = IntStream.range(0, 400).mapToObj(n -> CompletableFuture.supplyAsync(
                () -> basic(loopback, "ulla", "gæt-" + n).statusCode(), guessers)).toList();
        List<Long> kirstensMillis = new ArrayList<>();
        do {
            long started = System.nanoTime();
            assertThat(api.getWithPassword("/api/meetings", "kirsten", "demo").statusCode())
                    .as("another account's requests go on").isEqualTo(200);
            kirstensMillis.add((System.nanoTime() - started) / 1_000_000);
        } while (guesses.stream().anyMatch(guess -> !guess.isDone()));
        guessers.shutdown();
        List<Integer> answers = guesses.stream().map(CompletableFuture::join).toList();
        long hashed = answers.stream().filter(status -> status == 401).count();
        System.out.printf("LoginThrottleTest: 400 guesses -> %d checked (401), %d held back (429); Kirsten's %d "
                + "requests meanwhile: median %d ms, max %d ms%n", hashed, answers.stream().filter(s -> s == 429).count(),
                kirstensMillis.size(), kirstensMillis.stream().sorted().toList().get(kirstensMillis.size() / 2),
                kirstensMillis.stream().mapToLong(Long::longValue).max().orElse(0));
        assertThat(answers).containsOnly(401, 429);
        assertThat(hashed).as("only the first guesses are checked at all; threads racing the limit may add a few")
                .isBetween((long) LoginThrottle.FAILURES_PER_ACCOUNT, LoginThrottle.FAILURES_PER_ACCOUNT + 8L);

        HttpResponse<String> rightPassword = basic(loopback, "ulla", "demo");
        assertThat(rightPassword.statusCode()).as("the account is held back, right password or not").isEqualTo(429);
        assertThat(rightPassword.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        long retryAfter = Long.parseLong(rightPassword.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, LoginThrottle.WINDOW.toSeconds());
        assertThat(api.getWithPassword("/api/meetings", "kirsten", "demo").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(retryAfter));

        assertThat(basic(loopback, "ulla", "demo").statusCode()).as("the window has passed").isEqualTo(200);
    }

    @Test
    void anAddressGuessingAcrossAccountsIsHeldBackWhileOtherAddressesLogIn() throws Exception {
        HttpClient guesser = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
        HttpClient other = HttpClient.newHttpClient();
        ExecutorService guessers = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Integer>> spray = IntStream.range(0, LoginThrottle.FAILURES_PER_ADDRESS)
                .mapToObj(n -> CompletableFuture.supplyAsync(() -> basic(guesser, "konto-" + n, "gæt").statusCode(),
                        guessers)).toList();
        assertThat(spray.stream().map(CompletableFuture::join).toList()).containsOnly(401);
        guessers.shutdown();

        assertThat(basic(guesser, "thomas", "demo").statusCode()).as("held back from this address").isEqualTo(429);
        assertThat(basic(other, "thomas", "demo").statusCode()).as("the same account from elsewhere").isEqualTo(200);

        clock.advance(LoginThrottle.WINDOW);

        assertThat(basic(guesser, "thomas", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginFormIsHeldBackTooAndSaysSo() {
        LoginForm form = new LoginForm(port);
        for (int guess = 0; guess < LoginThrottle.FAILURES_PER_ACCOUNT; guess++) {
            assertThat(form.logIn("birgitte", "gæt-" + guess).headers().firstValue("Location").orElseThrow())
                    .contains("/login?error");
        }

        HttpResponse<String> held = form.logIn("birgitte", "demo");
        assertThat(held.headers().firstValue("Location").orElseThrow()).contains("/login?throttled");
        assertThat(form.loggedIn(LoginForm.sessionAfter(held, null))).isFalse();

        clock.advance(LoginThrottle.WINDOW);

        HttpResponse<String> loggedIn = form.logIn("birgitte", "demo");
        assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error", "throttled");
        assertThat(form.loggedIn(LoginForm.sessionAfter(loggedIn, null))).isTrue();
    }

    /** An authenticated request as a browser or script sends it with HTTP Basic. */
    private HttpResponse<String> basic(HttpClient client, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/meetings"))
                .header("Authorization", "Basic " + credentials).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
