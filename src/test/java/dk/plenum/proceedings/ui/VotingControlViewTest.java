package dk.plenum.proceedings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.RecordedVote;
import dk.plenum.meeting.Translations;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.support.Logins;
import dk.plenum.support.PartyCouncil;
import dk.plenum.support.PartyCouncils;
import dk.plenum.support.PlenumTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The secretariat records inhabilitet, a vote by groups, member by member or unanimously, named dissenters and a
 * decision without quorum from the control desk, in a few taps, without a browser.
 */
@PlenumTest
class VotingControlViewTest extends SpringBrowserlessTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    PartyCouncils partyCouncils;
    @Autowired
    ProceedingsService proceedings;
    @Autowired
    AttendanceService attendance;
    @Autowired
    MeetingJournal journal;

    private PartyCouncil council;

    @BeforeEach
    void aSecretaryAtTheDeskOfARunningMeeting() {
        council = partyCouncils.create();
        Logins.logIn(securityContext, PartyCouncil.SECRETARY);
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        navigate("meetings/" + council.id + "/control", MeetingControlView.class);
    }

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void aVoteByGroupsIsAFewTapsAndTheCountsFollowFromWhoTakesPart() {
        test(find(Select.class).withClassName("plenum-control-conflict-member").single())
                .selectItem("Bo");
        click(button("Registrér som inhabil"));
        assertThat(stored().voting().conflictedOn(council.openItem)).containsExactly(council.memberId("Bo"));

        tap("party:A", "FOR");
        tap("party:V", "AGAINST");
        tap("party:F", "ABSTAIN");
        click(button("Registrér afstemningen"));

        RecordedVote vote = stored().voting().voteOn(council.openItem).orElseThrow();
        assertThat(vote.inFavour()).containsExactly(council.memberId("Anna"), council.memberId("Cecilie"));
        assertThat(vote.against()).containsExactly(council.memberId("Dorte"), council.memberId("Erik"));
        assertThat(vote.abstaining()).containsExactly(council.memberId("Frida"));
        assertThat(find(Paragraph.class).withClassName("plenum-control-recorded-vote").single().getText())
                .isEqualTo("Afstemning: For stemte 2 (A). Imod stemte 2 (V). Undlod at stemme 1 (F).");
        assertThat(rowLabels()).as("Bo is inhabil: group A counts two")
                .containsExactly("A (2 medlemmer)", "F (1 medlem)", "V (2 medlemmer)");
    }

    @Test
    void aNamedVoteIsRecordedMemberByMemberAcrossThePartyLines() {
        Button byMember = find(Button.class).withClassName("plenum-control-vote-by-member").single();
        click(byMember);
        assertThat(byMember.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(rowLabels()).as("a row per member taking part; Gustav sent an apology")
                .containsExactly("Anna", "Bo", "Cecilie", "Dorte", "Erik", "Frida");

        tap("member:" + council.memberId("Anna"), "FOR");
        tap("member:" + council.memberId("Bo"), "FOR");
        tap("member:" + council.memberId("Cecilie"), "AGAINST");
        tap("member:" + council.memberId("Dorte"), "FOR");
        tap("member:" + council.memberId("Erik"), "ABSTAIN");
        tap("member:" + council.memberId("Frida"), "AGAINST");
        click(button("Registrér afstemningen"));

        RecordedVote vote = stored().voting().voteOn(council.openItem).orElseThrow();
        assertThat(vote.kind()).isEqualTo(RecordedVote.Kind.BY_MEMBER);
        assertThat(vote.inFavour()).containsExactlyInAnyOrder(council.memberId("Anna"), council.memberId("Bo"),
                council.memberId("Dorte"));
        assertThat(vote.against()).containsExactlyInAnyOrder(council.memberId("Cecilie"), council.memberId("Frida"));
        assertThat(vote.abstaining()).containsExactly(council.memberId("Erik"));
        assertThat(find(Paragraph.class).withClassName("plenum-control-recorded-vote").single().getText())
                .startsWith("Afstemning: For stemte 3").contains("Cecilie", "Erik");

        click(byMember);
        assertThat(byMember.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(rowLabels()).as("back to the groups")
                .containsExactly("A (3 medlemmer)", "F (1 medlem)", "V (2 medlemmer)");
    }

    @Test
    void unanimousIsOneTap() {
        click(button("Enstemmigt"));

        assertThat(stored().voting().voteOn(council.openItem).orElseThrow().inFavour()).hasSize(6);
    }

    @Test
    void aDecisionWithoutQuorumAsksForConfirmationAndIsMarkedWithItsDissenters() {
        for (String name : List.of("Dorte", "Erik", "Frida")) {
            attendance.mark(council.id, council.memberId(name), AttendanceStatus.LEFT, null, PartyCouncil.SECRETARY);
        }
        navigate("meetings/" + council.id + "/control", MeetingControlView.class);
        assertThat(find(Div.class).withClassName("plenum-quorum").single().getClassNames()).contains("is-not-quorate");
        assertThat(find(Span.class).withClassName("plenum-quorum-status").single().getText())
                .isEqualTo("Ikke beslutningsdygtigt: 3 af 7 medlemmer deltager, der mangler 1.");

        test(find(Button.class).withAttribute("data-outcome", DecisionOutcome.APPROVED.name()).single()).click();
        click(find(Button.class).withClassName("plenum-control-dissenter").withText("V").single());
        click(find(Button.class).withClassName("plenum-control-dissenter").withText("Frida").single());
        click(button("Gem beslutning"));
        assertThat(stored().item(council.openItem).orElseThrow().decision()).as("not before it is confirmed").isNull();

        test(find(ConfirmDialog.class).single()).confirm();

        Decision decision = stored().item(council.openItem).orElseThrow().decision();
        assertThat(decision.withoutQuorum()).isTrue();
        assertThat(decision.dissentingParties()).containsExactly("V");
        assertThat(decision.dissentingMemberIds()).containsExactly(council.memberId("Frida"));
    }

    private void tap(String rowKey, String choice) {
        Div row = find(Div.class).withClassName("plenum-control-vote-row").withAttribute("data-key", rowKey).single();
        click(find(Button.class).withAttribute("data-choice", choice).from(row).single());
    }

    private List<String> rowLabels() {
        return find(Span.class).withClassName("plenum-control-vote-who").all().stream().map(Span::getText).sorted()
                .toList();
    }

    private void click(Button button) {
        test(button).click();
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    private Meeting stored() {
        return journal.get(council.id);
    }
}
