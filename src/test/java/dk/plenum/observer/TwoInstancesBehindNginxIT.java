package dk.plenum.observer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import dk.plenum.support.Api;
import dk.plenum.support.Browser;
import dk.plenum.support.BrowserSteps;
import dk.plenum.support.Nginx;
import dk.plenum.support.ScriptedMeeting;
import dk.plenum.support.TwoInstances;
import examples.ObserverClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Plenum as it is deployed ({@link TwoInstances}): two instances (each its own JVM, {@code PLENUM_INSTANCE_ROUTE} a
 * and b) on one store (the embedded store alone in a third JVM, over TCP, oplog on), behind nginx with the
 * configuration that ships ({@link Nginx}). Every request goes through nginx; a client is kept on an instance as a
 * browser is, by the instance its session cookie names ({@code JSESSIONID=….a}). The secretariat's API client is on
 * A, a member's tablet (Vaadin, logged in through nginx) and STOMP observers (three public, one member's) on B, as
 * many observers on A. A real store has no demo accounts: the administrator comes from the instances' settings, and
 * the member's login is made over the API.
 * <p>
 * Each decision recorded on A reaches the tablet and the observers on B; search on B finds it. Then A is killed with
 * SIGKILL: the observers that were on A reconnect through nginx (to B, A's backup) and catch up, and the
 * secretariat's next commands, through nginx as before, are carried out by B. Every observer ends with every event
 * once, in order. Prints the delays from sending each decision to its arrival on B (and from its storing on A), and
 * writes them to {@code target/two-instances-nginx-delay.txt} (no timing assertions; figures in docs/benchmarks.md).
 */
@Timeout(value = 12, unit = TimeUnit.MINUTES)
class TwoInstancesBehindNginxIT {

    private static final int DECISIONS = 50;
    private static final int DECISIONS_AFTER_THE_KILL = 5;
    /** The open items of the scripted meeting (every third is closed). */
    private static final int[] OPEN_ITEMS = {0, 1, 3};
    private static final int OBSERVERS_PER_INSTANCE = 3;
    private static final String MEMBER_PASSWORD = "kirsten-bag-nginx";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern STORED_AT = Pattern.compile("\"at\":\"([^\"]+)\"");

    /** Page polls every 10 ms: Chromium throttles animation frames of a page not in front. */
    private static final Page.WaitForFunctionOptions POLLING = new Page.WaitForFunctionOptions().setPollingInterval(10);

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void decisionsOnOneInstanceReachTheOtherThroughNginxAndItsObserversOutliveTheFirst() throws Exception {
        Nginx.assumeInstalled();
        Path run = Path.of("target", "two-instances-nginx",
                "run-" + Instant.now().toEpochMilli() + "-" + ProcessHandle.current().pid());
        try (TwoInstances deployment = TwoInstances.start(run)) {
            runMeeting(deployment);
        }
    }

    private void runMeeting(TwoInstances deployment) throws Exception {
        Nginx nginx = deployment.nginx();
        Api onA = deployment.apiOn("a");
        Api onB = deployment.apiOn("b");
        ScriptedMeeting meeting = ScriptedMeeting.importInto(onA, "Erhvervsrådet", 4);
        JsonNode imported = Api.json(onA.get("/api/meetings/" + meeting.id(), TwoInstances.ADMINISTRATOR));
        createMemberAccount(onA, imported);
        long startSeq = meeting.start();

        Page tablet = browser.newPage(1024, 768);
        tablet.context().addCookies(List.of(new Cookie("JSESSIONID", TwoInstances.sessionPinnedTo("b"))
                .setUrl(nginx.url())));
        browser.logIn(tablet, nginx.url(), ScriptedMeeting.KIRSTEN, MEMBER_PASSWORD);
        Browser.settle(tablet);
        assertThat(sessionCookie(tablet)).as("the tablet's session, made by the instance nginx sent it to")
                .endsWith(".b");
        tablet.navigate(nginx.url() + "/meetings/" + meeting.id());
        assertThat(tablet.locator(".plenum-meeting-status")).hasText("I gang");
        BrowserSteps.openItems(tablet, Arrays.stream(OPEN_ITEMS).map(item -> item + 1).toArray());

        List<Follower> followersOnA = followers(nginx, meeting.id(), "a");
        List<Follower> followersOnB = followers(nginx, meeting.id(), "b");
        List<Long> toObserversOnB = new ArrayList<>();
        List<Long> toAnswer = new ArrayList<>();
        List<Long> toTablet = new ArrayList<>();
        String word = "nginxprove" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        long seq = startSeq;
        for (int i = 0; i < DECISIONS; i++) {
            int item = OPEN_ITEMS[i % OPEN_ITEMS.length];
            String text = "Beslutning " + i + " " + word;
            long sentNanos = System.nanoTime();
            long sentMillis = System.currentTimeMillis();
            seq = decide(onA, imported, item, text);
            toAnswer.add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sentNanos));
            for (Follower follower : followersOnB) {
                follower.awaitSeq(seq);
                toObserversOnB.add(TimeUnit.NANOSECONDS.toMicros(follower.receivedAtNanos(seq) - sentNanos));
            }
            toTablet.add(1000 * (shownAtMillis(tablet, item, text) - sentMillis));
        }
        long lastSeqOnA = seq;
        followersOnA.forEach(follower -> follower.awaitSeq(lastSeqOnA));
        List<Long> storedToObserversOnB = storedToReceived(followersOnB, startSeq, lastSeqOnA);
        awaitFoundOnB(onB, word, meeting.id());

        deployment.instanceA().kill();
        // At once, without waiting for anyone: some may be stored before A's observers are back, and come from the log.
        String afterWord = "efterdrab" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String text = null;
        int item = 0;
        for (int i = 0; i < DECISIONS_AFTER_THE_KILL; i++) {
            item = OPEN_ITEMS[i % OPEN_ITEMS.length];
            text = "Efter A " + i + " " + afterWord;
            seq = decide(onA, imported, item, text); // through nginx to A's backup, B
        }
        shownAtMillis(tablet, item, text);
        long lastSeq = seq;
        assertThat(lastSeq).isEqualTo(startSeq + DECISIONS + DECISIONS_AFTER_THE_KILL);
        for (Follower follower : followersOnA) {
            follower.awaitSeq(lastSeq);
            assertThat(follower.client().reconnects()).as("reconnects of an observer that was on A").isPositive();
        }
        for (Follower follower : followersOnB) {
            follower.awaitSeq(lastSeq);
            assertThat(follower.client().reconnects()).as("reconnects of an observer on B").isZero();
        }
        for (Follower follower : concat(followersOnA, followersOnB)) {
            follower.assertGapFree(startSeq, lastSeq);
        }
        awaitFoundOnB(onB, afterWord, meeting.id());
        long caughtUp = followersOnA.stream().flatMap(follower -> follower.events().stream())
                .filter(event -> !event.live()).count();
        concat(followersOnA, followersOnB).forEach(Follower::close);

        String report = summary("decision sent on A -> STOMP observer on B (" + followersOnB.size() + " observers)",
                toObserversOnB) + summary("decision sent on A -> member's tablet (Vaadin) on B", toTablet)
                + summary("decision sent on A -> the secretariat's answer", toAnswer)
                + summary("decision stored on A (its at) -> STOMP observer on B", storedToObserversOnB)
                + String.format(Locale.ROOT, "after A was killed: %d observers reconnected through nginx; %d events"
                        + " they got from the log rather than live%n", followersOnA.size(), caughtUp);
        System.out.print(report);
        Files.writeString(Path.of("target", "two-instances-nginx-delay.txt"), report);
    }

    /** Kirsten's login for the imported meeting's council (a real store has no demo accounts). */
    private static void createMemberAccount(Api api, JsonNode meeting) {
        String memberId = meeting.get("participants").valueStream()
                .filter(participant -> participant.get("name").stringValue().startsWith("Kirsten"))
                .findFirst().orElseThrow().get("memberId").stringValue();
        HttpResponse<String> created = api.command("POST", "/api/accounts", """
                {"username": "%s", "password": "%s", "role": "MEMBER", "councilId": "%s", "memberId": "%s"}"""
                .formatted(ScriptedMeeting.KIRSTEN, MEMBER_PASSWORD, meeting.get("councilId").stringValue(), memberId),
                TwoInstances.ADMINISTRATOR, UUID.randomUUID().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static List<Follower> followers(Nginx nginx, String meetingId, String route) {
        Map<String, String> pinned = TwoInstances.pinnedTo(route);
        List<Follower> followers = new ArrayList<>();
        for (int i = 0; i < OBSERVERS_PER_INSTANCE; i++) {
            followers.add(Follower.following(nginx.port(), meetingId, null, pinned));
        }
        followers.add(Follower.following(nginx.port(), meetingId, ScriptedMeeting.KIRSTEN + ":" + MEMBER_PASSWORD,
                pinned));
        return followers;
    }

    /**
     * Records a decision as a client that retries does (docs/api.md, "Retries"): the same Idempotency-Key until an
     * answer, so that a request lost with a dying instance is carried out once. Returns its seq.
     */
    private static long decide(Api api, JsonNode meeting, int item, String text) {
        String path = "/api/meetings/" + meeting.get("id").stringValue() + "/items/"
                + meeting.get("items").get(item).get("id").stringValue() + "/decision";
        String body = "{\"outcome\": \"NOTED\", \"text\": \"" + text + "\"}";
        String key = UUID.randomUUID().toString();
        HttpResponse<String> answer = await("decision '" + text + "' recorded").atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> api.command("POST", path, body, TwoInstances.ADMINISTRATOR, key),
                        response -> response.statusCode() == 200);
        return Api.json(answer).get("lastSeq").asLong();
    }

    /** When (epoch ms, the browser's clock: this machine's) the tablet first showed the decision's text. */
    private static long shownAtMillis(Page tablet, int item, String text) {
        return ((Number) tablet.waitForFunction("([selector, text]) => {"
                + " const element = document.querySelector(selector);"
                + " return element && element.textContent.includes(text) ? Date.now() : false; }",
                List.of("#item-" + (item + 1) + " .plenum-decision-text", text), POLLING).jsonValue()).longValue();
    }

    private static String sessionCookie(Page page) {
        return page.context().cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .findFirst().orElseThrow().value;
    }

    private static void awaitFoundOnB(Api onB, String word, String meetingId) {
        await("search on B finding " + word).atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
            HttpResponse<String> found = onB.get("/api/search?q=" + word, null);
            return found.statusCode() == 200 && found.body().contains(meetingId);
        });
    }

    /**
     * From each event's {@code at} (stamped on A just before it was stored) to its arrival at each follower (this
     * machine's wall clock), in µs: the way from A's store to B's observers alone.
     */
    private static List<Long> storedToReceived(List<Follower> followers, long afterSeq, long lastSeq) {
        long wallMinusNanoMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()) - System.nanoTime() / 1000;
        List<Long> delays = new ArrayList<>();
        for (Follower follower : followers) {
            for (ObserverClient.Event event : follower.events()) {
                Matcher at = STORED_AT.matcher(event.json());
                if (event.seq() > afterSeq && event.seq() <= lastSeq && at.find()) {
                    long storedMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse(at.group(1)));
                    delays.add(follower.receivedAtNanos(event.seq()) / 1000 + wallMinusNanoMicros - storedMicros);
                }
            }
        }
        assertThat(delays).as("every event with its at, at every follower").hasSize(
                followers.size() * (int) (lastSeq - afterSeq));
        return delays;
    }

    private static List<Follower> concat(List<Follower> first, List<Follower> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static String summary(String what, List<Long> micros) {
        List<Long> sorted = micros.stream().sorted().toList();
        return String.format(Locale.ROOT, "%s, %d deliveries: median %.1f ms, p99 %.1f ms, max %.1f ms%n", what,
                sorted.size(), sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1000.0, sorted.getLast() / 1000.0);
    }
}
