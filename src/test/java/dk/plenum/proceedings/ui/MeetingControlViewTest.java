package dk.plenum.proceedings.ui;

import dk.plenum.meeting.Translations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Visibility;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.AccountRole;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.preparation.AgendaStart;
import dk.plenum.preparation.MeetingDetails;
import dk.plenum.preparation.PreparationService;
import dk.plenum.shell.Navigation;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.ShownText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The secretariat runs a meeting of its own from the control view, without a browser. */
@PlenumTest
class MeetingControlViewTest extends SpringBrowserlessTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    AgendaImportService imports;

    @Autowired
    MeetingJournal journal;

    @Autowired
    AccountService accounts;

    @Autowired
    AttendanceService attendance;

    @Autowired
    ProceedingsService proceedings;

    @Autowired
    PreparationService preparation;

    private Meeting meeting;

    @BeforeEach
    void aSecretaryOpensTheControlViewOfANewMeeting() {
        meeting = ImportedMeetings.importMeeting(imports, "Kontroludvalget");
        logIn(ImportedMeetings.SECRETARIAT);
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        navigate("meetings/" + meeting.id() + "/control", MeetingControlView.class);
    }

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void startsTheMeetingAndMakesAnItemCurrent() {
        assertThat(statusBadge()).isEqualTo("Ikke startet");

        click(button("Start mødet"));
        click(find(Button.class).withText("Behandl nu").from(row(2)).single());

        assertThat(stored().status()).isEqualTo(MeetingStatus.LIVE);
        assertThat(stored().currentItemId()).isEqualTo(item(2).id());
        assertThat(statusBadge()).isEqualTo("I gang");
        assertThat(row(2).getClassNames()).contains("is-current", "is-selected");
        assertThat(find(Button.class).withText("Behandl nu").from(row(2)).all()).isEmpty();
    }

    @Test
    void recordsADecisionWithTwoTapsAndSomeTyping() {
        startAndMakeCurrent(2);

        click(outcome(DecisionOutcome.APPROVED));
        assertThat(decisionText().getValue()).isEqualTo("Godkendt.");
        test(decisionText()).setValue("Godkendt. Dog bør punkt 4 udgå.");
        click(button("Gem beslutning"));

        Decision decision = stored().item(item(2).id()).orElseThrow().decision();
        assertThat(decision.outcome()).isEqualTo(DecisionOutcome.APPROVED);
        assertThat(decision.text()).isEqualTo("Godkendt. Dog bør punkt 4 udgå.");
        assertThat(decision.revision()).isEqualTo(1);
        assertThat(texts(Span.class, "plenum-control-revision")).containsExactly("Gemt, version 1: Godkendt");
    }

    @Test
    void amendingRecordsAgainWithTheNextRevision() {
        startAndMakeCurrent(1);
        click(outcome(DecisionOutcome.NOTED));
        click(button("Gem beslutning"));

        click(outcome(DecisionOutcome.DISCUSSED));
        click(button("Gem rettelse"));

        Decision decision = stored().item(item(1).id()).orElseThrow().decision();
        assertThat(decision.revision()).isEqualTo(2);
        assertThat(decision.text()).isEqualTo("Drøftedes.");
        assertThat(texts(Span.class, "plenum-control-revision")).containsExactly("Gemt, version 2: Drøftedes");
    }

    @Test
    void offersAPublicDecisionTextOnlyForClosedItems() {
        startAndMakeCurrent(1);
        assertThat(find(TextArea.class).withClassName("plenum-control-public-text").all()).as("open item").isEmpty();

        click(find(NativeButton.class).from(row(3)).single());
        click(outcome(DecisionOutcome.APPROVED));
        test(publicText()).setValue("Sagen blev behandlet.");
        test(find(TextField.class).withClassName("plenum-control-dissent").single())
                .setValue("Thomas Overgaard kan ikke tiltræde.");
        click(button("Gem beslutning"));

        Decision decision = stored().item(item(3).id()).orElseThrow().decision();
        assertThat(decision.publicText()).isEqualTo("Sagen blev behandlet.");
        assertThat(decision.dissent()).isEqualTo("Thomas Overgaard kan ikke tiltræde.");
    }

    @Test
    void marksAttendanceAndSeatsASubstitute() {
        click(find(Button.class).withText("Afbud").from(participantRow("Thomas Overgaard")).single());
        Div pia = participantRow("Pia Kjærgaard Holm");
        test(find(Select.class).from(pia).single()).selectItem("Thomas Overgaard");
        click(find(Button.class).withText("Til stede").from(pia).single());

        assertThat(participant("Thomas Overgaard").attendance()).isEqualTo(AttendanceStatus.APOLOGY);
        Participant substitute = participant("Pia Kjærgaard Holm");
        assertThat(substitute.attendance()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(substitute.substituteFor()).isEqualTo(participant("Thomas Overgaard").memberId());
        assertThat(texts(Span.class, "plenum-control-attendance-status"))
                .contains("Har meldt afbud", "Til stede, for Thomas Overgaard");
    }

    /**
     * Another secretary's commands reach this view live. They must not replace the rows shown: a tap on its way
     * to a replaced button is dropped by the server, and focus on it is lost. So the very buttons drawn before
     * stay, redrawn in place, and the substitute's choice being made stays too.
     */
    @Test
    void aLiveChangeRedrawsTheRowsInPlaceSoATapOnItsWayStillLands() {
        click(button("Start mødet"));
        Button thomasAbsent = find(Button.class).withText("Fraværende").from(participantRow("Thomas Overgaard")).single();
        NativeButton secondItem = find(NativeButton.class).from(row(2)).single();
        Button moveThirdUp = find(Button.class).withClassName("plenum-control-move-up").from(row(3)).single();
        Div pia = participantRow("Pia Kjærgaard Holm");
        test(find(Select.class).from(pia).single()).selectItem("Thomas Overgaard");

        Actor colleague = ImportedMeetings.SECRETARIAT;
        attendance.mark(meeting.id(), participant("Kirsten Møller Thomsen").memberId(), AttendanceStatus.PRESENT, null, colleague);
        proceedings.setCurrentItem(meeting.id(), item(1).id(), colleague);
        await("the colleague's commands drawn").atMost(Duration.ofSeconds(20)).pollInSameThread()
                .pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
                    roundTrip();
                    assertThat(row(1).getClassNames()).contains("is-current");
                    assertThat(texts(Span.class, "plenum-control-attendance-status")).contains("Til stede");
                });

        assertThat(List.of(thomasAbsent, secondItem, moveThirdUp)).allMatch(Component::isAttached);
        assertThat(find(Select.class).from(pia).single().getValue()).as("the substitute's choice being made")
                .isEqualTo(participant("Thomas Overgaard").memberId());
        click(thomasAbsent);
        click(secondItem);
        click(moveThirdUp);
        assertThat(participant("Thomas Overgaard").attendance()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(secondItem.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(stored().items()).extracting(AgendaItem::title).containsExactly("Velkomst", "Personalesag",
                "Godkendelse af dagsorden", "Eventuelt");
    }

    @Test
    void addsALateItemAndMovesItUp() {
        click(button("Tillægspunkt"));
        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class).withCaption("Titel").from(dialog).single()).setValue("Ansøgning om tilskud");
        test(find(RadioButtonGroup.class).from(dialog).single()).selectItem("Lukket");
        click(find(Button.class).withText("Tilføj punktet").from(dialog).single());

        AgendaItem late = stored().items().getLast();
        assertThat(late.title()).isEqualTo("Ansøgning om tilskud");
        assertThat(late.visibility()).isEqualTo(Visibility.CLOSED);
        assertThat(late.number()).isEqualTo(5);

        click(find(Button.class).withClassName("plenum-control-move-up").from(row(5)).single());

        assertThat(stored().items()).extracting(AgendaItem::title).containsExactly("Velkomst",
                "Godkendelse af dagsorden", "Personalesag", "Ansøgning om tilskud", "Eventuelt");
    }

    @Test
    void aDecisionBeforeTheStartIsRefusedWithAMessageAndChangesNothing() {
        click(find(NativeButton.class).from(row(1)).single());
        click(outcome(DecisionOutcome.APPROVED));
        click(button("Gem beslutning"));

        assertThat(lastMessage()).isEqualTo("Mødet er ikke startet endnu.");
        assertThat(stored().lastSeq()).isEqualTo(meeting.lastSeq());
    }

    @Test
    void anEmptyDecisionTextIsRefusedNamingTheField() {
        startAndMakeCurrent(1);
        long before = stored().lastSeq();
        click(outcome(DecisionOutcome.OTHER));
        click(button("Gem beslutning"));

        assertThat(lastMessage()).isEqualTo("Feltet beslutningstekst må ikke være tomt.");
        assertThat(stored().lastSeq()).isEqualTo(before);
    }

    @Test
    void aDecisionTextWithACharacterThatCannotBeStoredIsRefusedNamingTheField() {
        startAndMakeCurrent(1);
        long before = stored().lastSeq();
        click(outcome(DecisionOutcome.APPROVED));
        test(decisionText()).setValue("Godkendt\uFFFE.");
        click(button("Gem beslutning"));

        assertThat(lastMessage()).isEqualTo(
                "Feltet beslutningstekst indeholder et tegn, der ikke kan gemmes: U+FFFE på position 9.");
        assertThat(stored().lastSeq()).isEqualTo(before);
    }

    @Test
    void closesOnlyAfterConfirming() {
        click(button("Start mødet"));
        click(button("Afslut mødet"));
        assertThat(stored().status()).isEqualTo(MeetingStatus.LIVE);

        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(stored().status()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(statusBadge()).isEqualTo("Afsluttet");
    }

    @Test
    void aMemberOpeningTheControlViewIsToldItIsTheSecretariatsAndGivenTheWayBack() {
        logIn(kirsten());

        UI.getCurrent().navigate("meetings/" + meeting.id() + "/control");

        assertThat(getCurrentView()).isInstanceOf(ControlDeskRefusedView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Kun for sekretariatet");
        Anchor back = find(Anchor.class).withClassName("plenum-control-refused-back").single();
        assertThat(back.getHref()).isEqualTo(Navigation.agenda(meeting.id()));
        assertThat(back.getText()).isEqualTo("Tilbage til mødet: " + meeting.title());
    }

    @Test
    void aMemberOpeningTheControlViewOfADraftFindsNoSuchPage() {
        Instant startsAt = ImportedMeetings.nextStartsAt();
        Meeting draft = preparation.create(meeting.councilId(), new MeetingDetails("Hemmeligt udkast",
                MeetingKind.ORDINARY, startsAt, startsAt.plus(Duration.ofHours(2)), null), AgendaStart.STANDARD_ITEMS,
                ImportedMeetings.SECRETARIAT);
        logIn(kirsten());

        UI.getCurrent().navigate("meetings/" + draft.id() + "/control");

        // As for a page that does not exist: the draft is not even said to be there.
        assertThat(find(H1.class).single().getText()).isEqualTo("Siden findes ikke");
        assertThat(find(Anchor.class).withClassName("plenum-control-refused-back").all()).isEmpty();
        assertThat(ShownText.of(UI.getCurrent())).doesNotContain("Hemmeligt udkast");
    }

    @Test
    void aClosedMeetingOffersNothingToTreatMoveOrAddAndNoItemStaysCurrent() {
        startAndMakeCurrent(2);
        click(button("Afslut mødet"));
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(find(Button.class).withText("Behandl nu").all()).isEmpty();
        assertThat(find(Button.class).withClassName("plenum-control-move-up").all()).isEmpty();
        assertThat(find(Button.class).withClassName("plenum-control-move-down").all()).isEmpty();
        assertThat(find(Button.class).withText("Tillægspunkt").all()).isEmpty();
        assertThat(row(2).getClassNames()).doesNotContain("is-current");
        assertThat(find(Span.class).withText("Nu").from(row(2)).all()).isEmpty();
    }

    @Test
    void theCloseDialogSaysHowManyItemsHaveNoDecision() {
        startAndMakeCurrent(1);
        click(outcome(DecisionOutcome.APPROVED));
        click(button("Gem beslutning"));

        click(button("Afslut mødet"));

        assertThat(test(find(ConfirmDialog.class).single()).getText()).startsWith("3 punkter har ingen beslutning.");
    }

    @Test
    void aLateItemWithoutATitleIsRefusedAtTheFieldAndTheDialogStaysOpen() {
        long before = stored().lastSeq();
        click(button("Tillægspunkt"));
        Dialog dialog = find(Dialog.class).single();

        click(find(Button.class).withText("Tilføj punktet").from(dialog).single());

        TextField title = find(TextField.class).withCaption("Titel").from(dialog).single();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Feltet titel må ikke være tomt.");
        assertThat(find(Notification.class).all()).as("no toast").isEmpty();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(stored().lastSeq()).isEqualTo(before);

        test(title).setValue("Ansøgning om tilskud");
        assertThat(title.isInvalid()).as("changed: the message goes").isFalse();
    }

    @Test
    void aSecretaryOfAnotherCouncilIsSentToThePublicAgendaAndToldWhy() {
        Actor mette = accounts.find("mette").orElseThrow();
        assertThat(mette.councilId()).as("Erhvervsrådet's secretary").isNotEqualTo(meeting.councilId());
        logIn(mette);

        UI.getCurrent().navigate("meetings/" + meeting.id() + "/control");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).as("the public agenda")
                .isEqualTo("meetings/" + meeting.id());
        assertThat(find(Notification.class).all()).extracting(notice -> test(notice).getText())
                .contains("Kun dette råds sekretariat kan gøre dette.");

        Meeting own = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        navigate("meetings/" + own.id() + "/control", MeetingControlView.class);
        click(button("Start mødet"));
        assertThat(journal.get(own.id()).status()).as("she runs her own council's meeting")
                .isEqualTo(MeetingStatus.LIVE);
    }

    private Actor kirsten() {
        Participant kirsten = meeting.participants().stream()
                .filter(participant -> participant.name().startsWith("Kirsten")).findFirst().orElseThrow();
        return new Actor("kirsten", kirsten.name(), AccountRole.MEMBER, meeting.councilId(), kirsten.memberId());
    }

    private void logIn(Actor actor) {
        Logins.logIn(securityContext, actor);
    }

    private void startAndMakeCurrent(int number) {
        click(button("Start mødet"));
        click(find(Button.class).withText("Behandl nu").from(row(number)).single());
    }

    private void click(Button button) {
        test(button).click();
    }

    private void click(NativeButton button) {
        test(button).click();
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    private Button outcome(DecisionOutcome outcome) {
        return find(Button.class).withAttribute("data-outcome", outcome.name()).single();
    }

    private TextArea decisionText() {
        return find(TextArea.class).withClassName("plenum-control-decision-text").single();
    }

    private TextArea publicText() {
        return find(TextArea.class).withClassName("plenum-control-public-text").single();
    }

    /** The row of the item that had this number when the meeting was imported, or the late item 5. */
    private Div row(int number) {
        return find(Div.class).withClassName("plenum-control-item")
                .withAttribute("data-item-id", item(number).id()).single();
    }

    private AgendaItem item(int number) {
        return stored().items().stream().filter(item -> item.number() == number).findFirst().orElseThrow();
    }

    private Div participantRow(String name) {
        return find(Div.class).withClassName("plenum-control-participant")
                .withAttribute("data-member-id", participant(name).memberId()).single();
    }

    private Participant participant(String name) {
        return stored().participants().stream().filter(participant -> participant.name().equals(name))
                .findFirst().orElseThrow();
    }

    private String statusBadge() {
        return find(Span.class).withClassName("plenum-meeting-status").single().getText();
    }

    private String lastMessage() {
        return test(find(Notification.class).last()).getText();
    }

    private <T extends Component & HasText> List<String> texts(Class<T> type, String className) {
        return find(type).withClassName(className).all().stream().map(HasText::getText).toList();
    }

    private Meeting stored() {
        return journal.get(meeting.id());
    }
}
