package dk.plenum.bench;

import static dk.plenum.support.Api.json;

import dk.plenum.support.Api;
import dk.plenum.support.ApiMeeting;
import dk.plenum.support.ImportedMeetings;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13's electronic vote under load: a council of its own whose {@code members} members each have a login of
 * their own (made through {@code POST /api/accounts}, as the secretariat makes them) and have checked themselves
 * in, a running meeting with its item to vote on current; anonymous STOMP observers of the public stream and
 * Vaadin UIs of the members' view (each logged in as one of the members, in a session of its own) follow it.
 * The secretariat opens a named vote, every member casts their ballot at the same moment from a client of their
 * own (own connection, own credentials), and the secretariat closes the vote as soon as the last ballot is
 * answered. Measured: how long the ballots took, whether the result counts each ballot exactly once, and how
 * long the result took to reach every observer and every UI after the close.
 */
final class VoteScenario implements AutoCloseable {

    /** The choices in turn: member 0 votes for, 1 against, 2 abstains, 3 for, … */
    static final List<String> CHOICES = List.of("FOR", "AGAINST", "ABSTAIN");
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(60);
    /** The agenda: the item voted on is the second (index 1), current while the vote runs. */
    private static final int ITEMS = 2;
    private static final int VOTED_ITEM = 1;
    /**
     * Before its vote a meeting has run a while with its followers: the item made current back and forth this many
     * times (ending on the item voted on), so that the vote is not the first thing the server sends them.
     */
    private static final int EVENTS_BEFORE_THE_VOTE = 20;

    private final int port;
    private final Api secretariat;
    private final ApiMeeting meeting;
    private final List<Voter> voters;
    private ObserverCrowd observers;
    private VaadinCrowd uis;
    private long seqBeforeFollowers;

    private VoteScenario(int port, Api secretariat, ApiMeeting meeting, List<Voter> voters) {
        this.port = port;
        this.secretariat = secretariat;
        this.meeting = meeting;
        this.voters = voters;
    }

    /**
     * A new council of {@code members} (a chair and members), a meeting of it imported and started, every member
     * given a login and checked in with it, and the item to vote on made current.
     */
    static VoteScenario prepare(int port, int members) {
        Api secretariat = new Api(port);
        long unique = System.nanoTime();
        String summoned = IntStream.range(0, members).mapToObj(i -> """
                {"name": "%s", "role": "%s"}""".formatted(memberName(i), i == 0 ? "CHAIR" : "MEMBER"))
                .collect(Collectors.joining(",\n"));
        ApiMeeting meeting = ImportedMeetings.importOverApi(secretariat, """
                {"council": "Afstemningsrådet %d", "title": "Elektronisk afstemning", "kind": "ORDINARY",
                 "startsAt": "%s",
                 "members": [%s],
                 "items": [{"number": 1, "title": "Godkendelse af dagsorden", "visibility": "OPEN"},
                           {"number": 2, "title": "Forslag om et fælles erhvervshus", "visibility": "OPEN"}]}
                """.formatted(unique, ImportedMeetings.nextStartsAt(), summoned));
        String councilId = meeting.imported().get("councilId").stringValue();
        List<Voter> voters = new ArrayList<>(members);
        for (int i = 0; i < members; i++) {
            voters.add(Voter.withLogin(new Api(port), secretariat, councilId, meeting.memberId(i),
                    "stemmer-" + unique + "-" + i, CHOICES.get(i % CHOICES.size())));
        }
        secretariatCommand(secretariat, meeting.path("/start"), "");
        for (Voter voter : voters) {
            voter.checkIn(meeting);
        }
        secretariatCommand(secretariat, meeting.path("/current-item"),
                "{\"itemId\": \"" + meeting.itemId(VOTED_ITEM) + "\"}");
        return new VoteScenario(port, secretariat, meeting, voters);
    }

    /** "Medlem 7": a council's members need distinct names, and the vote sentence lists them. */
    private static String memberName(int index) {
        return "Medlem " + (index + 1);
    }

    /**
     * {@code observerCount} anonymous observers subscribe to the meeting's public stream and {@code uiCount} UIs
     * of the members' view open, UI {@code i} logged in as member {@code i} modulo their number.
     */
    void follow(int observerCount, int uiCount) throws Exception {
        JsonNode live = json(secretariat.get(meeting.path("/live"), null));
        seqBeforeFollowers = live.get("seq").asLong();
        // Room for every event on the public stream: the meeting before the vote, the vote's opening and its close (not
        // each ballot cast).
        observers = ObserverCrowd.subscribe(URI.create("ws://localhost:" + port + "/ws"),
                live.get("topic").stringValue(), observerCount, seqBeforeFollowers,
                EVENTS_BEFORE_THE_VOTE + 2 * voters.size() + 10);
        uis = VaadinCrowd.open(port, VaadinScenario.View.MEMBER.route(meeting.id()),
                ui -> voters.get(ui % voters.size()).login(), uiCount, ITEMS);
    }

    /** Opens the vote, casts every ballot at once, closes the vote and waits for the result to reach everyone. */
    Result run() throws Exception {
        String item = meeting.path("/items/" + meeting.itemId(VOTED_ITEM) + "/ballot");
        long seqBeforeTheVote = seqBeforeFollowers;
        for (int i = 0; i < EVENTS_BEFORE_THE_VOTE; i++) {
            boolean votedItem = (EVENTS_BEFORE_THE_VOTE - i) % 2 == 1; // the last time, and every other time
            seqBeforeTheVote = secretariatCommand(secretariat, meeting.path("/current-item"),
                    "{\"itemId\": \"" + meeting.itemId(votedItem ? VOTED_ITEM : 1 - VOTED_ITEM) + "\"}");
            Thread.sleep(500); // the scripted meeting's pace, 2 events a second
        }
        observers.awaitEvent(seqBeforeTheVote, DELIVERY_TIMEOUT);
        for (Voter voter : voters) {
            voter.warmUp(meeting); // the tablets are logged in: their connection is open, their password checked
        }
        // The result as the member view prints it (VoteSentence): "For stemte 17 (Medlem 1, …)." or, as the UIs
        // of this crowd get it, in English: "In favour 17 (…". The item has no vote before this one closes, and
        // the counts are checked in the close's answer: a refused ballot changes them.
        uis.watchForText(Pattern.compile("(For stemte|In favour) \\d+ \\("));
        secretariatCommand(secretariat, item, "{\"secret\": false}");

        List<Ballot> ballots = castAtOnce(item + "/votes");

        long closeSentAt = System.nanoTime();
        HttpResponse<String> closed = secretariat.command("POST", item + "/close", "", ImportedMeetings.SECRETARIAT
                .username(), UUID.randomUUID().toString());
        long closeAnsweredAt = System.nanoTime();
        if (closed.statusCode() != 200) {
            throw new IllegalStateException("Closing the vote was refused: " + closed.statusCode() + " " + closed.body());
        }
        JsonNode meetingAfter = json(closed);
        long closeSeq = meetingAfter.get("lastSeq").asLong();
        observers.awaitEvent(closeSeq, DELIVERY_TIMEOUT);
        uis.awaitWatchedText(DELIVERY_TIMEOUT);

        long firstSent = ballots.stream().mapToLong(Ballot::sentAtNanos).min().orElseThrow();
        long lastAnswered = ballots.stream().mapToLong(Ballot::answeredAtNanos).max().orElseThrow();
        double[] observerDelays = observers.delaysMillis(Map.of(closeSeq, closeAnsweredAt));
        return new Result(voters.size(),
                ballots.stream().filter(ballot -> ballot.status() == 200).count(),
                ballots.stream().filter(ballot -> ballot.status() != 200)
                        .map(ballot -> ballot.status() + " " + ballot.body()).toList(),
                (lastAnswered - firstSent) / 1e6,
                Percentiles.of(ballots.stream().mapToDouble(ballot -> (ballot.answeredAtNanos() - ballot.sentAtNanos())
                        / 1e6).toArray()),
                counted(meetingAfter, ballots),
                (closeAnsweredAt - closeSentAt) / 1e6,
                new Followers(observers.size(), observers.sentEvents(closeSeq), observers.missing(closeSeq),
                        observers.duplicates(), observers.size() - observerDelays.length, Percentiles.of(observerDelays),
                        Percentiles.of(observers.delaysMillis(Map.of(closeSeq, closeSentAt))), 0, List.of()),
                new Followers(uis.size(), 1, uis.watchedTextMissing(), uis.watchedTextDuplicates(),
                        uis.watchedTextMissing(), Percentiles.of(uis.watchedTextDelaysMillis(closeAnsweredAt)),
                        Percentiles.of(uis.watchedTextDelaysMillis(closeSentAt)), uis.resynchronisations(),
                        uis.failures()));
    }

    /** Every member's ballot, sent at the same moment from their own client; in the members' order. */
    private List<Ballot> castAtOnce(String votes) throws Exception {
        CountDownLatch ready = new CountDownLatch(voters.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Ballot>> casting = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Voter voter : voters) {
                casting.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return voter.cast(votes);
                }));
            }
            ready.await();
            go.countDown();
        }
        List<Ballot> ballots = new ArrayList<>();
        for (Future<Ballot> ballot : casting) {
            ballots.add(ballot.get());
        }
        return ballots;
    }

    /**
     * The vote the close recorded on the item, as the secretariat's answer shows it, checked against the ballots
     * (in the members' order): each accepted one counted once, under its choice, and nothing else.
     */
    private Counted counted(JsonNode meetingAfter, List<Ballot> ballots) {
        JsonNode vote = null;
        for (JsonNode recorded : meetingAfter.path("voting").path("votes")) {
            if (recorded.path("itemId").asString("").equals(meeting.itemId(VOTED_ITEM))) {
                vote = recorded;
            }
        }
        if (vote == null) {
            return new Counted(0, 0, 0, false);
        }
        Map<String, String> listOf = Map.of("FOR", "inFavour", "AGAINST", "against", "ABSTAIN", "abstaining");
        Set<String> seen = new HashSet<>();
        boolean eachOnceAsCast = true;
        for (String choice : CHOICES) {
            for (JsonNode memberId : vote.path(listOf.get(choice))) {
                eachOnceAsCast &= seen.add(memberId.stringValue());
            }
        }
        long accepted = 0;
        for (int i = 0; i < voters.size(); i++) {
            if (ballots.get(i).status() == 200) {
                accepted++;
                eachOnceAsCast &= contains(vote.path(listOf.get(voters.get(i).choice)), voters.get(i).memberId);
            }
        }
        return new Counted(vote.path("inFavour").size(), vote.path("against").size(), vote.path("abstaining").size(),
                eachOnceAsCast && seen.size() == accepted);
    }

    private static boolean contains(JsonNode memberIds, String memberId) {
        for (JsonNode id : memberIds) {
            if (id.stringValue().equals(memberId)) {
                return true;
            }
        }
        return false;
    }

    /** @return the meeting's last seq after the command */
    private static long secretariatCommand(Api secretariat, String path, String body) {
        HttpResponse<String> answer = secretariat.command("POST", path, body, ImportedMeetings.SECRETARIAT.username(),
                UUID.randomUUID().toString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " was refused: " + answer.statusCode() + " " + answer.body());
        }
        return json(answer).get("lastSeq").asLong();
    }

    @Override
    public void close() {
        if (observers != null) {
            observers.close();
        }
        if (uis != null) {
            uis.close();
        }
    }

    /** One member with a login of their own and a client of their own: their tablet. */
    private static final class Voter {

        private final Api api;
        private final String username;
        private final String password;
        private final String memberId;
        private final String choice;

        private Voter(Api api, String username, String password, String memberId, String choice) {
            this.api = api;
            this.username = username;
            this.password = password;
            this.memberId = memberId;
            this.choice = choice;
        }

        /**
         * The secretariat gives the member a login, as the council page does (docs/api.md, accounts); {@code api}
         * is the member's own client, so their own connections.
         */
        static Voter withLogin(Api api, Api secretariat, String councilId, String memberId, String username,
                String choice) {
            String password = "stemme-" + UUID.randomUUID();
            HttpResponse<String> created = secretariat.post("/api/accounts", """
                    {"username": "%s", "password": "%s", "role": "MEMBER", "councilId": "%s", "memberId": "%s"}"""
                    .formatted(username, password, councilId, memberId), ImportedMeetings.SECRETARIAT.username());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("No login for " + username + ": " + created.statusCode() + " "
                        + created.body());
            }
            return new Voter(api, username, password, memberId, choice);
        }

        VaadinCrowd.Login login() {
            return new VaadinCrowd.Login(username, password);
        }

        /** The member checks in with their own login: present and seated. */
        void checkIn(ApiMeeting meeting) {
            HttpResponse<String> answer = api.postWithPassword(meeting.path("/attendance"), """
                    {"memberId": "%s", "status": "PRESENT"}""".formatted(memberId), username, password);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(username + "'s check-in was refused: " + answer.statusCode() + " "
                        + answer.body());
            }
        }

        /** A read with the member's login: opens the client's connection and has the server check the password. */
        void warmUp(ApiMeeting meeting) {
            HttpResponse<String> answer = api.getWithPassword(meeting.path(""), username, password);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(username + " cannot read the meeting: " + answer.statusCode());
            }
        }

        Ballot cast(String votes) {
            long sent = System.nanoTime();
            HttpResponse<String> answer = api.postWithPassword(votes, "{\"choice\": \"" + choice + "\"}", username,
                    password);
            long answered = System.nanoTime();
            return new Ballot(answer.statusCode(), answer.statusCode() == 200 ? "" : answer.body(), sent, answered);
        }
    }

    private record Ballot(int status, String body, long sentAtNanos, long answeredAtNanos) {
    }

    /**
     * The recorded result's counts, and whether it holds each member whose ballot was accepted exactly once, under
     * the choice they cast, and no one else.
     */
    record Counted(int inFavour, int against, int abstaining, boolean eachAcceptedBallotOnceAsCast) {

        int total() {
            return inFavour + against + abstaining;
        }
    }

    /**
     * One kind of follower and the result: {@code events} they should get (observers: every event from the
     * vote's opening to its close; UIs: the result), {@code lost} and {@code duplicates} summed over all of them,
     * {@code withoutResult} never got the result, and its delay after the close's answer and after it was sent.
     */
    record Followers(int count, long events, long lost, long duplicates, long withoutResult,
            Percentiles resultAfterAnswerMillis, Percentiles resultAfterSendMillis, long resynchronisations,
            List<String> failures) {
    }

    /**
     * {@code ballotsMillis}: from the first ballot sent to the last answered; {@code refusals}: status and body
     * of every ballot not answered 200.
     */
    record Result(int members, long accepted, List<String> refusals, double ballotsMillis, Percentiles ballotMillis,
            Counted counted, double closeMillis, Followers observers, Followers uis) {
    }
}
