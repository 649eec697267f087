package dk.plenum.voting;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.meeting.Ballot;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.RecordedVote.Choice;
import dk.plenum.meeting.Translations;
import dk.plenum.security.Actor;
import dk.plenum.support.Logins;
import dk.plenum.support.PartyCouncil;
import dk.plenum.support.PartyCouncils;
import dk.plenum.support.PlenumTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The electronic vote in the views, without a browser: the secretariat opens and closes it on the control desk in
 * one tap each and follows the count, or cancels one opened by mistake after a confirm; a member votes in one tap on the tablet and is told the ballot was received;
 * a member who does not take part is told why there are no buttons.
 */
@PlenumTest
class BallotViewsTest extends SpringBrowserlessTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    PartyCouncils partyCouncils;
    @Autowired
    BallotService ballots;
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
    void theSecretariatOpensANamedVoteFollowsItsCountAndClosesItInOneTapEach() {
        atTheDesk();
        click(button("plenum-ballot-open"));
        Ballot opened = journal.get(council.id).voting().ballot();
        assertThat(opened.itemId()).isEqualTo(council.openItem);
        assertThat(opened.secret()).isFalse();
        assertThat(text("plenum-ballot-progress")).isEqualTo("0 af 6 har stemt.");

        ballots.cast(council.id, council.openItem, Choice.FOR, council.member("Anna"));
        ballots.cast(council.id, council.openItem, Choice.AGAINST, council.member("Frida"));
        atTheDesk();
        assertThat(text("plenum-ballot-progress")).isEqualTo("2 af 6 har stemt.");
        assertThat(text("plenum-ballot-count")).isEqualTo("For 1 · Imod 1 · Undlod 0");
        assertThat(find(Button.class).withClassName("plenum-ballot-open").all()).as("one vote at a time").isEmpty();

        click(button("plenum-ballot-close"));
        assertThat(journal.get(council.id).voting().ballot()).isNull();
        assertThat(find(Paragraph.class).withClassName("plenum-control-recorded-vote").single().getText())
                .isEqualTo("Afstemning: For stemte 1 (Anna). Imod stemte 1 (Frida). 4 stemte ikke.");
    }

    @Test
    void theSecretariatCancelsAVoteOpenedByMistakeAfterAConfirmThatSaysWhatIsDiscarded() {
        ballots.open(council.id, council.openItem, false, PartyCouncil.SECRETARY);
        ballots.cast(council.id, council.openItem, Choice.FOR, council.member("Anna"));
        ballots.cast(council.id, council.openItem, Choice.FOR, council.member("Bo"));
        atTheDesk();
        long before = journal.get(council.id).lastSeq();

        click(button("plenum-ballot-cancel"));
        ConfirmDialog confirm = find(ConfirmDialog.class).withClassName("plenum-ballot-cancel-dialog").single();
        assertThat(test(confirm).getText()).startsWith("De 2 afgivne stemmer kasseres.");
        test(confirm).cancel();
        assertThat(journal.get(council.id).lastSeq()).as("kept open: nothing sent").isEqualTo(before);
        assertThat(journal.get(council.id).voting().ballot()).isNotNull();

        click(button("plenum-ballot-cancel"));
        test(find(ConfirmDialog.class).withClassName("plenum-ballot-cancel-dialog").single()).confirm();
        assertThat(journal.get(council.id).voting().ballot()).isNull();
        assertThat(journal.get(council.id).voting().voteOn(council.openItem)).as("no result").isEmpty();
        assertThat(find(Paragraph.class).withClassName("plenum-control-recorded-vote").all()).isEmpty();
        assertThat(button("plenum-ballot-open").isVisible()).as("a new vote may be opened").isTrue();
    }

    @Test
    void duringASecretBallotTheDeskShowsOnlyHowManyHaveVoted() {
        atTheDesk();
        click(button("plenum-ballot-open-secret"));
        ballots.cast(council.id, council.openItem, Choice.FOR, council.member("Anna"));
        atTheDesk();
        assertThat(text("plenum-ballot-progress")).isEqualTo("1 af 6 har stemt.");
        assertThat(find(Paragraph.class).withClassName("plenum-ballot-count").all()).as("no running count").isEmpty();
    }

    @Test
    void aMemberVotesInOneTapAndHearsThatTheBallotWasReceived() {
        ballots.open(council.id, council.openItem, false, PartyCouncil.SECRETARY);
        atTheTablet(council.member("Bo"));
        assertThat(find(H2.class).withClassName("plenum-ballot-heading").single().getText())
                .startsWith("Afstemning om punkt").endsWith("Lokalplan for havnen");
        assertThat(text(Span.class, "plenum-ballot-announcement")).startsWith("Der er åbnet en afstemning om punkt");
        assertThat(find(Button.class).withClassName("plenum-ballot-choice").all()).extracting(Button::getText)
                .containsExactly("For", "Imod", "Undlod at stemme");

        click(find(Button.class).withClassName("plenum-ballot-choice").withAttribute("data-choice", "AGAINST")
                .single());

        assertThat(journal.get(council.id).voting().ballot().casts())
                .containsExactly(new Ballot.Cast(council.memberId("Bo"), Choice.AGAINST));
        assertThat(text("plenum-ballot-state")).isEqualTo("Din stemme er modtaget.");
        assertThat(text(Span.class, "plenum-ballot-announcement")).isEqualTo("Din stemme er modtaget.");
        assertThat(choicesShown()).as("one ballot each").isFalse();
    }

    @Test
    void aMemberIsToldWhenTheSecretariatCancelsTheVote() {
        ballots.open(council.id, council.openItem, false, PartyCouncil.SECRETARY);
        atTheTablet(council.member("Bo"));
        assertThat(choicesShown()).isTrue();

        ballots.cancel(council.id, council.openItem, PartyCouncil.SECRETARY);
        atTheTablet(council.member("Bo"));

        assertThat(text("plenum-ballot-state"))
                .isEqualTo("Sekretariatet har annulleret afstemningen; ingen stemmer er talt med.");
        assertThat(text(Span.class, "plenum-ballot-announcement")).isEqualTo(text("plenum-ballot-state"));
        assertThat(choicesShown()).isFalse();
    }

    @Test
    void aMemberWhoDoesNotTakePartIsToldWhyThereAreNoButtons() {
        ballots.open(council.id, council.openItem, true, PartyCouncil.SECRETARY);
        atTheTablet(council.member("Gustav"));
        assertThat(text("plenum-ballot-state")).isEqualTo("Du deltager ikke i dette punkt og stemmer derfor ikke.");
        assertThat(find(Span.class).withClassName("plenum-ballot-secret").single().isVisible()).isTrue();
        assertThat(choicesShown()).isFalse();
    }

    private boolean choicesShown() {
        // Only visible components are found.
        return !find(Div.class).withClassName("plenum-ballot-choices").all().isEmpty();
    }

    private void atTheDesk() {
        Logins.logIn(securityContext, PartyCouncil.SECRETARY);
        UI.getCurrent().navigate("meetings/" + council.id + "/control");
    }

    private void atTheTablet(Actor member) {
        Logins.logIn(securityContext, member);
        UI.getCurrent().navigate("meetings/" + council.id);
    }

    private Button button(String className) {
        return find(Button.class).withClassName(className).single();
    }

    private void click(Button button) {
        test(button).click();
    }

    private String text(String className) {
        return text(Paragraph.class, className);
    }

    private <T extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasText> String text(
            Class<T> type, String className) {
        return find(type).withClassName(className).single().getText();
    }
}
