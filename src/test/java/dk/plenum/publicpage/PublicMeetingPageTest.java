package dk.plenum.publicpage;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.council.CouncilService;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.preparation.AgendaStart;
import dk.plenum.preparation.MeetingDetails;
import dk.plenum.preparation.PreparationService;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.protocol.ProtocolEntryService;
import dk.plenum.speakers.SpeakerService;
import dk.plenum.support.Api;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.LoginForm;
import dk.plenum.support.PartyCouncil;
import dk.plenum.support.PartyCouncils;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ScriptedMeeting;
import dk.plenum.support.ShiftedTime;
import dk.plenum.voting.BallotService;
import dk.plenum.meeting.RecordedVote.Choice;
import dk.plenum.timeplan.TimePlanService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public's page of a meeting, /live/{id}, as plain HTTP: rendered on the server from the public snapshot
 * (open items whole, of a closed item only its number, title and public decision), without a session, cacheable
 * for a second with the meeting's seq as its ETag, in the language asked for, a 404 page for a draft or an
 * unknown meeting, and someone logged in sent on to the meeting's Vaadin page. What each channel shows each role
 * is in {@code observer.VisibilityMatrixTest}, which has this page as a channel too.
 */
@PlenumTest
class PublicMeetingPageTest {

    /** How the page marks a vote in progress: on its item, and in the header. */
    private static final String[] BALLOT_MARKS = {"plenum-ballot-open-badge\">", "class=\"plenum-ballot-now\""};

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    PreparationService preparation;

    @Autowired
    CouncilService councils;

    @Autowired
    PartyCouncils partyCouncils;

    @Autowired
    SpeakerService speakers;

    @Autowired
    TimePlanService timePlan;

    @Autowired
    ProtocolEntryService protocolEntries;

    @Autowired
    ProceedingsService proceedings;

    @Autowired
    BallotService ballots;

    @Autowired
    ShiftedTime time;

    @Test
    void showsTheOpenItemsAndTheirNewsAndOfAClosedItemOnlyItsPublicDecisionWithoutASession() {
        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", 3);
        meeting.start();
        meeting.currentItem(0);
        meeting.decide(0, "Godkendt som indstillet");
        meeting.decide(2);
        meeting.roundTableIsCurrent();
        long lastSeq = meeting.postAsKirsten("Nyt om erhvervsskolen");

        HttpResponse<String> page = get("/live/" + meeting.id(), "da-DK,da;q=0.9", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.headers().allValues("Set-Cookie")).as("no session per viewer").isEmpty();
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe"));
        assertThat(page.body()).contains("<html lang=\"da\">", "<main id=\"main\"", "class=\"plenum-skip\"",
                "aria-live=\"polite\"", "Punkt 0", "Godkendt som indstillet", "Lukket punkt 2",
                meeting.publicText(2), "Nu: pkt. 4 – Bordet rundt", "I gang", "Nyt om erhvervsskolen", "/scripts/public-meeting.js",
                "data-seq=\"" + lastSeq + "\"")
                .doesNotContain(meeting.closedMarker());
    }

    /** What issue 13 asks the public page to show as the meeting runs, as the members' page shows it. */
    @Test
    void showsWhoHasTheFloorWhoIsNextEachComingItemsExpectedTimeAndAcceptedProtocolEntries() {
        PartyCouncil council = partyCouncils.create();
        String id = council.id;
        proceedings.setCurrentItem(id, council.closedItem, PartyCouncil.SECRETARY);
        accepted(council, council.closedItem);
        proceedings.setCurrentItem(id, council.openItem, PartyCouncil.SECRETARY);
        accepted(council, council.openItem);
        speakers.request(id, council.openItem, false, council.member("Anna"));
        speakers.request(id, council.openItem, false, council.member("Bo"));
        speakers.giveFloor(id, council.openItem, council.memberId("Anna"), PartyCouncil.SECRETARY);
        timePlan.plan(id, council.openItem, 30, PartyCouncil.SECRETARY);
        timePlan.plan(id, council.closedItem, 20, PartyCouncil.SECRETARY);

        String page = get("/live/" + id, "da", null).body();

        assertThat(page).contains("Talerliste", "Har ordet", "Anna", "Næste", "Bo", "Forventet kl.",
                "Cecilie ønskede følgende tilført protokollen: Tilført under " + council.openItem)
                .doesNotContain("Tilført under " + council.closedItem);
    }

    /** The public sees that a vote is in progress on an open item (not who voted, nor a count), then its result. */
    @Test
    void showsAVoteInProgressOnAnOpenItemWithoutVotersThenItsResultAndNothingOfOneOnAClosedItem() {
        PartyCouncil council = partyCouncils.create();
        String id = council.id;
        ballots.open(id, council.openItem, false, PartyCouncil.SECRETARY);
        ballots.cast(id, council.openItem, Choice.AGAINST, council.member("Anna"));

        String during = get("/live/" + id, "da", null).body();
        // (The page hands its script the words too, so the marks are looked for, not the words alone.)
        assertThat(during).contains(">Afstemning i gang<", "class=\"plenum-ballot-now\">Afstemning i gang på punkt ")
                .doesNotContain("Afstemning: ", "1 af");
        assertThat(get("/live/" + id, "en", null).body()).contains(">Vote in progress<");

        ballots.close(id, council.openItem, PartyCouncil.SECRETARY);
        assertThat(get("/live/" + id, "da", null).body()).contains("Afstemning: ", "Imod stemte 1 (")
                .doesNotContain(BALLOT_MARKS);

        ballots.open(id, council.closedItem, false, PartyCouncil.SECRETARY);
        assertThat(get("/live/" + id, "da", null).body()).as("a vote on a closed item").doesNotContain(BALLOT_MARKS);
        ballots.cancel(id, council.closedItem, PartyCouncil.SECRETARY);
        ballots.open(id, council.openItem, false, PartyCouncil.SECRETARY);
        assertThat(get("/live/" + id, "da", null).body()).contains(">Afstemning i gang<");
        ballots.cancel(id, council.openItem, PartyCouncil.SECRETARY);
        assertThat(get("/live/" + id, "da", null).body()).as("cancelled").doesNotContain(BALLOT_MARKS);
    }

    /** An item running past its planned end moves the coming items' expected times with no event: a new page. */
    @Test
    void theExpectedTimesMoveOnWhileTheCurrentItemRunsPastItsPlannedEnd() {
        PartyCouncil council = partyCouncils.create();
        String id = council.id;
        timePlan.plan(id, council.openItem, 30, PartyCouncil.SECRETARY);
        long seq = timePlan.plan(id, council.closedItem, 20, PartyCouncil.SECRETARY).lastSeq();
        HttpResponse<String> onTime = get("/live/" + id, "da", null);
        String expected = expectedTime(onTime.body());
        String etag = onTime.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + seq + "-da\"");

        try {
            // 45 minutes on, the current item (planned for 30) is still under discussion.
            time.shift(Duration.ofMinutes(45));
            HttpResponse<String> late = get("/live/" + id, "da", etag);
            assertThat(late.statusCode()).as("not the page cached before").isEqualTo(200);
            assertThat(late.headers().firstValue("ETag").orElseThrow()).matches("\"" + seq + "-da-1[45]\"");
            assertThat(expectedTime(late.body())).isNotEqualTo(expected);
        } finally {
            time.reset();
        }
    }

    private static String expectedTime(String page) {
        Matcher expected = Pattern.compile("Forventet kl\\. [0-9.]+").matcher(page);
        assertThat(expected.find()).as("an expected time on the page").isTrue();
        return expected.group();
    }

    /** Cecilie's protocol entry on the item, accepted by the secretariat. */
    private void accepted(PartyCouncil council, String itemId) {
        Meeting asked = protocolEntries.request(council.id, itemId, "Tilført under " + itemId,
                council.member("Cecilie"));
        protocolEntries.accept(council.id, asked.protocolEntries().getLast().id(), PartyCouncil.SECRETARY);
    }

    @Test
    void anAnswerIsCachedForASecondAndAskedAgainByItsSeqItIsNotSentTwice() {
        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", 3);
        long started = meeting.start();
        HttpResponse<String> first = get("/live/" + meeting.id(), "da", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + started + "-da\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=1");
        assertThat(first.headers().firstValue("Vary")).hasValueSatisfying(vary ->
                assertThat(vary).contains("Accept-Language"));

        HttpResponse<String> again = get("/live/" + meeting.id(), "da", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        long decided = meeting.decide(0, "Taget til efterretning");
        HttpResponse<String> changed = get("/live/" + meeting.id(), "da", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).hasValue("\"" + decided + "-da\"");
        assertThat(changed.body()).contains("Taget til efterretning");
    }

    @Test
    void speaksTheLanguageAskedForOrTheBrowsers() {
        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", 3);
        assertThat(get("/live/" + meeting.id(), "en-GB,en;q=0.8", null).body())
                .contains("<html lang=\"en\">", "Agenda", "hreflang=\"da\"");
        assertThat(get("/live/" + meeting.id() + "?lang=en", "da", null).body()).contains("<html lang=\"en\">");
        assertThat(get("/live/" + meeting.id() + "?lang=da", "en", null).body())
                .contains("<html lang=\"da\">", "Dagsorden");
        assertThat(get("/live/" + meeting.id() + "?lang=en", "da", null).headers().firstValue("ETag"))
                .hasValueSatisfying(etag -> assertThat(etag).endsWith("-en\""));
    }

    @Test
    void aDraftOrAnUnknownMeetingIsAPageNotFound() {
        Instant startsAt = ImportedMeetings.nextStartsAt();
        String title = "Kladde " + UUID.randomUUID();
        String draft = preparation.create(councils.findByName("Erhvervsrådet").orElseThrow().id(),
                new MeetingDetails(title, MeetingKind.ORDINARY, startsAt, startsAt.plus(Duration.ofHours(2)), null),
                AgendaStart.STANDARD_ITEMS, ImportedMeetings.SECRETARIAT).id();

        for (String id : new String[] {draft, UUID.randomUUID().toString()}) {
            HttpResponse<String> page = get("/live/" + id, "da", null);
            assertThat(page.statusCode()).as(id).isEqualTo(404);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
            assertThat(page.body()).contains("<html lang=\"da\">", "Siden findes ikke").doesNotContain(title);
        }
    }

    @Test
    void aMemberLoggedInIsSentToTheMeetingsPage() {
        ScriptedMeeting meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", 3);
        LoginForm form = new LoginForm(port);
        String session = LoginForm.sessionAfter(form.logIn(ScriptedMeeting.KIRSTEN, "demo"), null);

        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/live/" + meeting.id()))
                .header("Cookie", "JSESSIONID=" + session).GET().build();
        HttpResponse<String> answer = send(request);

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/meetings/" + meeting.id());
    }

    private HttpResponse<String> get(String path, String languages, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", languages).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
