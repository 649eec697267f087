package dk.plenum.speakers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.meeting.RecordedVote.Choice;
import dk.plenum.meeting.Translations;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.speakers.SpeakerService;
import dk.plenum.support.Logins;
import dk.plenum.support.PartyCouncil;
import dk.plenum.support.PartyCouncils;
import dk.plenum.support.PlenumTest;
import dk.plenum.voting.VoteInput;
import dk.plenum.voting.VotingService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The room display shows the current item's last recorded vote in the minutes' words, and, opened by anyone but the
 * secretariat, nothing of a closed item's vote, title or speakers; it has no controls, only text. Without a browser
 * (the live proof in Chromium is {@code ControlDeskLiveIT}).
 */
@PlenumTest
class RoomDisplayVoteTest extends SpringBrowserlessTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    PartyCouncils partyCouncils;
    @Autowired
    ProceedingsService proceedings;
    @Autowired
    VotingService voting;
    @Autowired
    SpeakerService speakers;

    private PartyCouncil council;

    @BeforeEach
    void aRunningMeetingOfSevenInFourParties() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        council = partyCouncils.create();
    }

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void showsTheOpenItemsVoteToTheRoom() {
        navigate("meetings/" + council.id + "/display", RoomDisplayView.class);
        assertThat(votes()).as("no vote yet").isEmpty();

        voting.recordVote(council.id, council.openItem, new VoteInput(false, Map.of("A", Choice.FOR, "V", Choice.AGAINST,
                "F", Choice.ABSTAIN), Map.of()), PartyCouncil.SECRETARY);
        navigate("meetings/" + council.id + "/display", RoomDisplayView.class);

        assertThat(votes()).extracting(Paragraph::getText)
                .containsExactly("Afstemning: For stemte 3 (A). Imod stemte 2 (V). Undlod at stemme 1 (F).");
    }

    @Test
    void theRoomsPublicSeesNoVoteOfAClosedItem() {
        aUnanimousVoteOnTheClosedItemUnderDiscussion();

        navigate("meetings/" + council.id + "/display", RoomDisplayView.class);

        assertThat(votes()).isEmpty();
    }

    @Test
    void aClosedItemsVoteWhenTheSecretariatOpenedTheDisplay() {
        aUnanimousVoteOnTheClosedItemUnderDiscussion();
        Logins.logIn(securityContext, PartyCouncil.SECRETARY);

        navigate("meetings/" + council.id + "/display", RoomDisplayView.class);

        assertThat(votes()).extracting(Paragraph::getText)
                .containsExactly("Afstemning: Enstemmigt vedtaget (6 stemte for).");
    }

    @Test
    void showingEverythingItHasNoControlsOnlyText() {
        aUnanimousVoteOnTheClosedItemUnderDiscussion();
        speakersOnTheClosedItem();
        Logins.logIn(securityContext, PartyCouncil.SECRETARY);

        navigate("meetings/" + council.id + "/display", RoomDisplayView.class);

        String shown = getCurrentView().getElement().getTextRecursively();
        assertThat(shown).as("the secretariat's display: the title, the vote, the floor and who is next")
                .contains("LUKKET-VOTE-7731", "Enstemmigt vedtaget", "Bo", "Cecilie");
        // Only text: no button, link, field or anything else to operate on the room's screen.
        assertThat(elements(getCurrentView().getElement()).filter(element -> !element.isTextNode())
                .map(Element::getTag).distinct())
                .isSubsetOf(Set.of("div", "span", "h1", "h3", "p", "ol", "li"));
    }

    @Test
    void theRoomsPublicSeesNeitherAClosedItemsTitleNorItsSpeakers() {
        aUnanimousVoteOnTheClosedItemUnderDiscussion();
        speakersOnTheClosedItem();

        navigate("meetings/" + council.id + "/display", RoomDisplayView.class);

        String shown = getCurrentView().getElement().getTextRecursively();
        assertThat(shown).contains("Lukket punkt").doesNotContain("LUKKET-VOTE-7731", "Bo", "Cecilie", "Næste");
        assertThat(find(Div.class).withClassName("plenum-speakers").exists())
                .isFalse();
    }

    /** Bo has the floor with two minutes, Cecilie waits. */
    private void speakersOnTheClosedItem() {
        speakers.setMeetingSpeakingTime(council.id, 120, PartyCouncil.SECRETARY);
        speakers.request(council.id, council.closedItem, false, council.member("Bo"));
        speakers.request(council.id, council.closedItem, false, council.member("Cecilie"));
        speakers.giveFloor(council.id, council.closedItem, null, PartyCouncil.SECRETARY);
    }

    private static Stream<Element> elements(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(RoomDisplayVoteTest::elements));
    }

    private void aUnanimousVoteOnTheClosedItemUnderDiscussion() {
        voting.recordVote(council.id, council.closedItem, VoteInput.unanimously(), PartyCouncil.SECRETARY);
        proceedings.setCurrentItem(council.id, council.closedItem, PartyCouncil.SECRETARY);
    }

    /** The vote as shown (the query finds only what is visible: none, or one). */
    private List<Paragraph> votes() {
        return find(Paragraph.class).withClassName("plenum-display-vote").all();
    }
}
