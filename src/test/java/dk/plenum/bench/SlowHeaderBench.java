package dk.plenum.bench;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitUntilState;
import dk.plenum.support.Api;
import dk.plenum.support.Browser;
import dk.plenum.support.ScriptedMeeting;
import dk.plenum.support.SlowHeaderClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The load process of bench/slow-headers.sh: the secretary's decision latency, and in Chromium how soon the login
 * page and a logged-in member's meeting page are answered and the agenda is shown, on a quiet server, then while a persistent slow-loris attacker tries to hold
 * {@code COUNT} half-open connections (a header line every 10 s, reopening whatever the server closes). Each
 * decision and each page load uses new connections, as a tablet arriving now does. Prints a Markdown table.
 *
 * <pre>SlowHeaderBench PORT SERVER_PID COUNT [ROUNDS]</pre>
 */
public final class SlowHeaderBench {

    private static final String KIRSTEN = "kirsten";
    private static final int QUIET_ROUNDS = 3;
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);
    /** Let the attack settle: every connection opened and past the eviction's first-second grace. */
    private static final Duration SETTLE = Duration.ofSeconds(15);

    private SlowHeaderBench() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        ServerProcess server = new ServerProcess(Long.parseLong(args[1]),
                Path.of(System.getProperty("java.home"), "bin", "jcmd"));
        int count = Integer.parseInt(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;

        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", rounds + QUIET_ROUNDS);
        meeting.start();
        meeting.currentItem(0);
        String base = "http://localhost:" + port;
        String decisionPath = base + "/api/meetings/" + meeting.id() + "/items/%s/decision";
        List<String> items = new ArrayList<>();
        Api.json(new Api(port).get("/api/meetings/" + meeting.id(), null)).get("items")
                .forEach(item -> items.add(item.get("id").stringValue()));

        try (Browser browser = new Browser()) {
            Row quiet = measure("None (quiet server)", browser, base, meeting.id(), decisionPath,
                    items.subList(0, QUIET_ROUNDS), 2);
            System.out.println("Each cell: median / max in ms (count). Every decision and page on new connections.");
            System.out.println();
            System.out.println("| Half-open connections | Attacker held (open at the end) | Closed by the server | "
                    + "Secretary's decision answered | Login page answered | Member's page answered | "
                    + "Member's agenda shown in Chromium | Server CPU during the measured part | Load (1 min) |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            System.out.println(quiet.markdown());

            try (SlowHeaderClients attacker = SlowHeaderClients.start(port, count, Duration.ofSeconds(10))) {
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (attacker.connected() < count && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                Thread.sleep(SETTLE.toMillis());
                long cpuBefore = server.cpuMillis();
                long started = System.nanoTime();
                Row attacked = measure("%,d".formatted(count), browser, base, meeting.id(), decisionPath,
                        items.subList(QUIET_ROUNDS, QUIET_ROUNDS + rounds), Math.max(1, rounds / 2));
                double seconds = (System.nanoTime() - started) / 1e9;
                double cpuPercent = (server.cpuMillis() - cpuBefore) / 10.0 / seconds;
                System.out.println(attacked.withAttack(attacker.connected(), attacker.closedByServer(), cpuPercent)
                        .markdown());
            }
        }
    }

    private static Row measure(String label, Browser browser, String base, String meetingId, String decisionPath,
            List<String> itemIds, int pageLoads) throws Exception {
        List<Double> decisions = new ArrayList<>();
        for (String itemId : itemIds) {
            long started = System.nanoTime();
            HttpResponse<String> answer = onNewConnection(HttpRequest.newBuilder(URI.create(decisionPath.formatted(itemId)))
                    .header("Authorization", "Basic c2VrcmV0YXJpYXQ6ZGVtbw==") // sekretariat:demo
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"outcome\": \"APPROVED\", \"text\": \"Godkendt\"}")));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Decision answered " + answer.statusCode() + ": " + answer.body());
            }
            decisions.add((System.nanoTime() - started) / 1e6);
        }
        List<Double> loginPages = new ArrayList<>();
        List<Double> memberPages = new ArrayList<>();
        List<Double> agendas = new ArrayList<>();
        for (int i = 0; i < pageLoads; i++) {
            // A new context: no cookies, no open connections, a new Vaadin session.
            Page page = browser.newPage();
            loginPages.add(answeredMillis(page, base + "/login"));
            page.waitForSelector("input[name='username']");
            page.locator("input[name='username']").fill(KIRSTEN);
            page.locator("input[name='password']").fill("demo");
            page.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
            page.waitForURL(url -> !url.contains("/login"));
            long started = System.nanoTime();
            memberPages.add(answeredMillis(page, base + "/meetings/" + meetingId));
            page.waitForSelector(".plenum-item-current");
            agendas.add((System.nanoTime() - started) / 1e6);
            page.context().close();
        }
        return new Row(label, "", "", of(decisions), of(loginPages), of(memberPages), of(agendas), "",
                Bench.loadAverage());
    }

    /** Ms from navigating until the page's own answer (status and head) arrived; the page then goes on loading. */
    private static double answeredMillis(Page page, String url) {
        long started = System.nanoTime();
        Response answer = page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        if (answer == null || answer.status() != 200) {
            throw new IllegalStateException(url + " answered " + (answer == null ? "nothing" : answer.status()));
        }
        return (System.nanoTime() - started) / 1e6;
    }

    private static Percentiles of(List<Double> sample) {
        return Percentiles.of(sample.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static HttpResponse<String> onNewConnection(HttpRequest.Builder request) throws Exception {
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(ANSWER_WITHIN).build()) {
            return client.send(request.timeout(ANSWER_WITHIN).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private record Row(String label, String held, String closed, Percentiles decisions, Percentiles loginPages,
            Percentiles memberPages, Percentiles agendas, String cpu, String load) {

        Row withAttack(int open, long closedByServer, double cpuPercent) {
            return new Row(label, "%,d".formatted(open), "%,d".formatted(closedByServer), decisions, loginPages,
                    memberPages, agendas, "%.0f %%".formatted(cpuPercent), load);
        }

        String markdown() {
            return "| %s | %s | %s | %s | %s | %s | %s | %s | %s |".formatted(label, held, closed, span(decisions),
                    span(loginPages), span(memberPages), span(agendas), cpu, load);
        }

        private static String span(Percentiles sample) {
            return "%.0f / %.0f ms (%d)".formatted(sample.median(), sample.max(), sample.count());
        }
    }
}
