package dk.plenum.bench;

import com.microsoft.playwright.Page;
import dk.plenum.observer.ScriptedMeeting;
import dk.plenum.support.Api;
import dk.plenum.support.Browser;
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
 * The load process of bench/slow-headers.sh: the secretary's decision latency and a member's page load (log in,
 * then the agenda view in Chromium) on a quiet server, then while a persistent slow-loris attacker tries to hold
 * {@code COUNT} half-open connections (a header line every 10 s, reopening whatever the server closes). Each
 * decision and each page load uses new connections, as a tablet arriving now does. Prints a Markdown table.
 *
 * <pre>SlowHeaderBench PORT SERVER_PID COUNT [ROUNDS]</pre>
 */
public final class SlowHeaderBench {

    private static final String KIRSTEN = "kirsten";
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

        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", rounds + 1);
        meeting.start();
        meeting.currentItem(0);
        String base = "http://localhost:" + port;
        String decisionPath = base + "/api/meetings/" + meeting.id() + "/items/%s/decision";
        List<String> items = new ArrayList<>();
        Api.json(new Api(port).get("/api/meetings/" + meeting.id(), null)).get("items")
                .forEach(item -> items.add(item.get("id").stringValue()));

        try (Browser browser = new Browser()) {
            Row quiet = measure("Quiet server", browser, base, meeting.id(), decisionPath, items.subList(0, 1), 1);
            System.out.println("| Half-open connections | Attacker held (open at the end) | Closed by the server | "
                    + "Decision latency median / max | Login page median / max | Member's agenda view median / max | "
                    + "Server CPU during the measured part | Load (1 min) |");
            System.out.println("|---|---|---|---|---|---|---|---|");
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
                        items.subList(1, rounds + 1), Math.max(1, rounds / 2));
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
        List<Double> logins = new ArrayList<>();
        List<Double> agendas = new ArrayList<>();
        for (int i = 0; i < pageLoads; i++) {
            // A new context: no cookies, no open connections, a new Vaadin session.
            Page page = browser.newPage();
            long started = System.nanoTime();
            page.navigate(base + "/login");
            page.locator("input[name='username']").fill(KIRSTEN);
            page.locator("input[name='password']").fill("demo");
            page.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
            page.waitForURL(url -> !url.contains("/login"));
            long loggedIn = System.nanoTime();
            page.navigate(base + "/meetings/" + meetingId);
            page.waitForSelector(".plenum-item-current");
            long shown = System.nanoTime();
            logins.add((loggedIn - started) / 1e6);
            agendas.add((shown - loggedIn) / 1e6);
            page.context().close();
        }
        return new Row(label, "", "", of(decisions), of(logins), of(agendas), "", Bench.loadAverage());
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

    private record Row(String label, String held, String closed, Percentiles decisions, Percentiles logins,
            Percentiles agendas, String cpu, String load) {

        Row withAttack(int open, long closedByServer, double cpuPercent) {
            return new Row(label, "%,d".formatted(open), "%,d".formatted(closedByServer), decisions, logins, agendas,
                    "%.0f %%".formatted(cpuPercent), load);
        }

        String markdown() {
            return "| %s | %s | %s | %s | %s | %s | %s | %s |".formatted(label, held, closed, span(decisions),
                    span(logins), span(agendas), cpu, load);
        }

        private static String span(Percentiles sample) {
            return "%.0f / %.0f ms (%d)".formatted(sample.median(), sample.max(), sample.count());
        }
    }
}
