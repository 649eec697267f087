package dk.plenum.agenda.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.RecordedVote.Choice;
import dk.plenum.meeting.Translations;
import dk.plenum.support.Logins;
import dk.plenum.support.PartyCouncil;
import dk.plenum.support.PartyCouncils;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ShownText;
import dk.plenum.voting.VoteInput;
import dk.plenum.voting.VotingService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * On a member's tablet: quorum live with its warning, one tap to declare inhabilitet, and each item's vote; the
 * public sees the vote of an open item only. Without a browser.
 */
@PlenumTest
class VotingAgendaViewTest extends SpringBrowserlessTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    PartyCouncils partyCouncils;
    @Autowired
    AttendanceService attendance;
    @Autowired
    VotingService voting;
    @Autowired
    MeetingJournal journal;

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
    void aMemberDeclaresInhabilitetInOneTapAndSeesQuorumBreakLive() {
        Logins.logIn(securityContext, council.member("Bo"));
        navigate("meetings/" + council.id, AgendaView.class);
        assertThat(quorum()).isEqualTo("Beslutningsdygtigt: 6 af 7 medlemmer deltager.");

        test(declareButton(council.openItem)).click();

        assertThat(journal.get(council.id).voting().conflictedOn(council.openItem))
                .containsExactly(council.memberId("Bo"));
        assertThat(ShownText.textsInMarkup(info(council.openItem), ".plenum-own-conflict")).hasSize(1);
        assertThat(quorum()).as("Bo takes no part in the current item").isEqualTo(
                "Beslutningsdygtigt: 5 af 7 medlemmer deltager.");

        for (String name : List.of("Erik", "Frida")) {
            attendance.mark(council.id, council.memberId(name), AttendanceStatus.LEFT, null, PartyCouncil.SECRETARY);
        }
        navigate("meetings/" + council.id, AgendaView.class);
        assertThat(find(Div.class).withClassName("plenum-quorum").single().getClassNames()).contains("is-not-quorate");
        assertThat(quorum()).isEqualTo("Ikke beslutningsdygtigt: 3 af 7 medlemmer deltager, der mangler 1.");
    }

    @Test
    void aMemberInhabilOnTheCurrentItemIsOfferedNeitherTheFloorNorAProtocolEntryOnIt() {
        Logins.logIn(securityContext, council.member("Bo"));
        navigate("meetings/" + council.id, AgendaView.class);
        assertThat(speakerAsks()).hasSize(1);
        assertThat(protocolAsks()).hasSize(1);

        test(declareButton(council.openItem)).click();

        assertThat(speakerAsks()).as("no Bed om ordet while inhabil").isEmpty();
        assertThat(find(Span.class).withClassName("plenum-speaker-place").single().getText())
                .isEqualTo("Du er inhabil i dette punkt og deltager ikke i behandlingen, så du kan ikke bede om ordet.");
        assertThat(protocolAsks()).as("no Protokoltilførsel while inhabil").isEmpty();
    }

    @Test
    void thePublicSeesTheVoteOfAnOpenItemAndNothingOfAClosedOne() {
        voting.recordVote(council.id, council.openItem, new VoteInput(false, Map.of("A", Choice.FOR, "V", Choice.FOR,
                "F", Choice.AGAINST), Map.of()), PartyCouncil.SECRETARY);
        voting.declareConflict(council.id, council.closedItem, council.memberId("Anna"), PartyCouncil.SECRETARY);
        voting.recordVote(council.id, council.closedItem, VoteInput.unanimously(), PartyCouncil.SECRETARY);

        navigate("meetings/" + council.id, AgendaView.class);

        assertThat(ShownText.textsInMarkup(info(council.openItem), ".plenum-item-vote"))
                .containsExactly("Afstemning: For stemte 5 (A, V). Imod stemte 1 (F).");
        assertThat(find(Div.class).withClassName("plenum-item-voting").withAttribute("data-voting-item-id", council.closedItem)
                .all()).as("nothing of the closed item's vote or conflicts is shown").isEmpty();
        assertThat(find(Div.class).withClassName("plenum-quorum").all()).as("no quorum for the public").isEmpty();
        assertThat(find(Button.class).withClassName("plenum-declare-conflict").all()).isEmpty();
    }

    /** The visible Bed om ordet buttons (the query finds only what is shown). */
    private List<Button> speakerAsks() {
        return find(Button.class).withClassName("plenum-speaker-ask").all();
    }

    /** The visible Protokoltilførsel buttons of the open item. */
    private List<Button> protocolAsks() {
        int number = journal.get(council.id).item(council.openItem).orElseThrow().number();
        return find(Button.class).withClassName("plenum-protocol-ask").all().stream()
                .filter(button -> button.getAriaLabel().orElse("").endsWith("punkt " + number)).toList();
    }

    private String quorum() {
        return find(Span.class).withClassName("plenum-quorum-status").single().getText();
    }

    private Div info(String itemId) {
        return find(Div.class).withClassName("plenum-item-voting").withAttribute("data-voting-item-id", itemId).single();
    }

    private Button declareButton(String itemId) {
        return find(Button.class).withClassName("plenum-declare-conflict").from(info(itemId)).single();
    }
}
