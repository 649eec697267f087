package dk.plenum.agenda.ui;

import dk.plenum.meeting.Translations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.decision.DecisionInput;
import dk.plenum.decision.DecisionService;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.PlannedDeparture;
import dk.plenum.notes.NoteField;
import dk.plenum.notes.NotesDownload;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.AccountRole;
import dk.plenum.security.Actor;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.ItemCards;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ShownText;
import dk.plenum.voting.VotingService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The live agenda on a member's tablet and on the public's screen, without a browser. */
@PlenumTest
class LiveAgendaViewTest extends SpringBrowserlessTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;

    static final Actor SECRETARIAT = ImportedMeetings.SECRETARIAT;

    @Autowired
    AgendaImportService imports;

    @Autowired
    ProceedingsService proceedings;

    @Autowired
    DecisionService decisions;

    @Autowired
    AttendanceService attendance;

    @Autowired
    MeetingJournal journal;

    @Autowired
    VotingService voting;

    Meeting meeting;

    @BeforeEach
    void importOwnMeeting() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        meeting = imports.importMeeting(meetingJson("Testudvalget " + UUID.randomUUID()), SECRETARIAT);
    }

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void aMemberChecksInAndIsMarkedPresent() {
        logIn("Anna Aaen");
        open();

        click("Tjek ind");

        assertThat(journal.get(meeting.id()).participant(memberId("Anna Aaen")).orElseThrow().attendance())
                .isEqualTo(AttendanceStatus.PRESENT);
        assertThat(find(Span.class).withClassName("plenum-own-attendance").single().getText())
                .isEqualTo("Dig: Til stede");
        assertThat(buttons()).doesNotContain("Tjek ind");
    }

    @Test
    void anApologyIsConfirmedInADialogWithAnOptionalReasonAndCanBeTakenBackUntilTheStart() {
        logIn("Anna Aaen");
        open();
        assertThat(buttons()).contains("Tjek ind", "Meld afbud").doesNotContain("Fortryd afbud");

        click("Meld afbud");
        assertThat(attendanceOf("Anna Aaen")).as("one tap sends nothing").isEqualTo(AttendanceStatus.EXPECTED);
        click("Annullér");
        assertThat(find(Dialog.class).all()).noneMatch(Dialog::isOpened);
        assertThat(attendanceOf("Anna Aaen")).isEqualTo(AttendanceStatus.EXPECTED);

        click("Meld afbud");
        test(find(TextArea.class).withClassName("plenum-apology-reason").single()).setValue("Syg");
        click("Send afbud");

        Participant anna = journal.get(meeting.id()).participant(memberId("Anna Aaen")).orElseThrow();
        assertThat(anna.attendance()).isEqualTo(AttendanceStatus.APOLOGY);
        assertThat(anna.apologyReason()).isEqualTo("Syg");
        assertThat(texts("plenum-own-note")).containsExactly("Grund: Syg");
        assertThat(buttons()).contains("Tjek ind", "Fortryd afbud").doesNotContain("Meld afbud");

        click("Fortryd afbud");
        assertThat(attendanceOf("Anna Aaen")).isEqualTo(AttendanceStatus.EXPECTED);
        assertThat(buttons()).contains("Meld afbud").doesNotContain("Fortryd afbud");

        click("Meld afbud");
        click("Send afbud");
        assertThat(journal.get(meeting.id()).participant(memberId("Anna Aaen")).orElseThrow().apologyReason())
                .as("no reason given").isNull();
        proceedings.start(meeting.id(), SECRETARIAT);
        open();
        assertThat(buttons()).contains("Tjek ind").doesNotContain("Meld afbud", "Fortryd afbud");
    }

    @Test
    void anotherMembersApologyReasonIsNotShownButTheirPlannedDepartureIs() {
        attendance.mark(meeting.id(), memberId("Bo Berg"), AttendanceStatus.APOLOGY, null, "Til lægen", SECRETARIAT);
        attendance.mark(meeting.id(), memberId("Dorte Dahl"), AttendanceStatus.PRESENT, null, SECRETARIAT);
        proceedings.start(meeting.id(), SECRETARIAT);
        attendance.planDeparture(meeting.id(), memberId("Dorte Dahl"), new PlannedDeparture(null, item(2).id()),
                SECRETARIAT);
        logIn("Anna Aaen");
        open();

        assertThat(shown(".plenum-attendance-said")).containsExactly("går efter punkt 2");
        assertThat(ShownText.of(find(AgendaView.class).single())).doesNotContain("Til lægen");
    }

    @Test
    void aPresentMemberAnnouncesWhenTheyLeaveTakesItBackAndLeavesNow() {
        attendance.mark(meeting.id(), memberId("Anna Aaen"), AttendanceStatus.PRESENT, null, SECRETARIAT);
        proceedings.start(meeting.id(), SECRETARIAT);
        logIn("Anna Aaen");
        open();

        click("Jeg går tidligt");
        radio().setValue(AttendanceDialogs.Leaving.AT);
        click("Bekræft");
        TimePicker at = find(TimePicker.class).withClassName("plenum-leave-at").single();
        assertThat(at.isInvalid()).as("said at the field").isTrue();
        assertThat(at.getErrorMessage()).isEqualTo("Vælg et klokkeslæt.");
        at.setValue(LocalTime.of(11, 30));
        click("Bekræft");

        assertThat(journal.get(meeting.id()).participant(memberId("Anna Aaen")).orElseThrow().plannedDeparture())
                .isEqualTo(new PlannedDeparture(Instant.parse("2031-03-06T10:30:00Z"), null));
        assertThat(texts("plenum-own-note")).containsExactly("går kl. 11.30");
        assertThat(shown(".plenum-attendance-said")).containsExactly("går kl. 11.30");

        click("Jeg bliver alligevel");
        assertThat(journal.get(meeting.id()).participant(memberId("Anna Aaen")).orElseThrow().plannedDeparture())
                .isNull();

        click("Jeg går tidligt");
        assertThat(radio().getValue()).as("in session, leaving now comes first").isEqualTo(AttendanceDialogs.Leaving.NOW);
        click("Bekræft");
        assertThat(attendanceOf("Anna Aaen")).isEqualTo(AttendanceStatus.LEFT);
        assertThat(buttons()).contains("Tjek ind").doesNotContain("Jeg går tidligt");
    }

    @Test
    void thePresentCountIsOfTheCouncilsMembersNotEveryoneInTheRoom() {
        List<String> people = List.of("Dorte Dahl", "Anna Aaen");
        people.forEach(name -> attendance.mark(meeting.id(), memberId(name), AttendanceStatus.PRESENT, null,
                SECRETARIAT));
        attendance.mark(meeting.id(), memberId("Referent Rasmussen"), AttendanceStatus.PRESENT, null, SECRETARIAT);
        open();

        assertThat(shown(".plenum-attendance-count")).containsExactly("2 af 3 medlemmer til stede");
    }

    @Test
    void aDecidedItemSaysItsOutcomeOnce() {
        proceedings.start(meeting.id(), SECRETARIAT);
        decisions.record(meeting.id(), item(1).id(), new DecisionInput(DecisionOutcome.APPROVED,
                "Dagsordenen blev godkendt.", null, null, null), SECRETARIAT);
        open();

        ItemCards.open(getCurrentView(), 1);
        ItemCard decided = card(1);
        assertThat(Stream.concat(ItemCards.summaryTexts(decided, "plenum-badge").stream(),
                descendants(decided).stream().filter(Span.class::isInstance).map(Span.class::cast).map(Span::getText)))
                .containsOnlyOnce("Godkendt");
    }

    @Test
    void theAnonymousPublicGetsNoMemberButtons() {
        open();

        assertThat(shown(".plenum-meeting-status")).containsExactly("Udsendt");
        assertThat(buttons()).doesNotContain("Tjek ind", "Meld afbud");
    }

    @Test
    void thePostBoxIsOnlyForMembersWhileRoundTheTableIsCurrent() {
        proceedings.start(meeting.id(), SECRETARIAT);
        proceedings.setCurrentItem(meeting.id(), item(1).id(), SECRETARIAT);
        logIn("Anna Aaen");
        open();
        assertThat(postBoxShown()).isFalse();

        proceedings.setCurrentItem(meeting.id(), item(2).id(), SECRETARIAT);
        open();
        assertThat(postBoxShown()).isTrue();
        assertThat(card(2).hasClassName("plenum-item-current")).isTrue();
        assertThat(card(2).isOpened()).isTrue();

        Logins.logOut(securityContext);
        open();
        assertThat(postBoxShown()).isFalse();
    }

    @Test
    void aMemberPostsAndTheFeedShowsItWithTheirName() {
        startAtRoundTable();
        logIn("Anna Aaen");
        open();

        test(postBox()).setValue("Nyt fra Nordjylland");
        click("Send");

        assertThat(journal.get(meeting.id()).roundTable()).extracting(post -> post.text())
                .containsExactly("Nyt fra Nordjylland");
        assertThat(texts("plenum-post-author")).containsExactly("Anna Aaen");
        assertThat(paragraphs("plenum-post-text")).containsExactly("Nyt fra Nordjylland");
        assertThat(postBox().getValue()).isEmpty();
        assertThat(buttons()).contains("Ret", "Træk tilbage");
    }

    @Test
    void aRefusedPostShowsWhyAndChangesNothing() {
        startAtRoundTable();
        logIn("Anna Aaen");
        open();
        // Past the limit the browser enforces, as a modified client could send.
        String tooLong = "Nyt ".repeat(501);

        test(postBox()).setValue(tooLong);
        click("Send");

        assertThat(test(find(Notification.class).single()).getText())
                .isEqualTo("Feltet indlæg må højst være 2.000 tegn.");
        assertThat(journal.get(meeting.id()).roundTable()).isEmpty();
        assertThat(postBox().getValue()).as("the member keeps their text").isEqualTo(tooLong);
    }

    @Test
    void markupInAPostIsShownAsText() {
        startAtRoundTable();
        logIn("Anna Aaen");
        open();

        test(postBox()).setValue("<script>alert('x')</script><b>fed</b>");
        click("Send");

        Paragraph text = find(Paragraph.class).withClassName("plenum-post-text").single();
        assertThat(text.getText()).isEqualTo("<script>alert('x')</script><b>fed</b>");
        assertThat(text.getElement().getChildren()).as("no elements made from the text").allMatch(Element::isTextNode);
    }

    @Test
    void aClosedItemsContentAndInternalDecisionAreForMembersOnly() {
        proceedings.start(meeting.id(), SECRETARIAT);
        decisions.record(meeting.id(), item(3).id(), new DecisionInput(DecisionOutcome.APPROVED,
                "Købet af grunden godkendes for 2 mio. kr.", "Sagen blev behandlet.", "Ø kan ikke tiltræde.", null),
                SECRETARIAT);

        open();
        ItemCards.openAll(getCurrentView());
        assertThat(paragraphs("plenum-decision-text")).containsExactly("Sagen blev behandlet.");
        assertThat(paragraphs("plenum-decision-dissent")).isEmpty();
        assertThat(paragraphs("plenum-section-body")).doesNotContain("Fortroligt salg af grunden.");

        logIn("Anna Aaen");
        open();
        ItemCards.openAll(getCurrentView());
        assertThat(paragraphs("plenum-decision-text")).containsExactly("Købet af grunden godkendes for 2 mio. kr.");
        assertThat(paragraphs("plenum-decision-dissent")).containsExactly("Mindretalsudtalelse: Ø kan ikke tiltræde.");
        assertThat(paragraphs("plenum-section-body")).contains("Fortroligt salg af grunden.");
        assertThat(outcomeBadges()).contains("Godkendt");
    }

    @Test
    void showsWhoIsHereWhoSentApologiesAndWhomASubstituteStandsInFor() {
        // Marked by the secretariat, as on the day.
        attendance.mark(meeting.id(), memberId("Bo Berg"), AttendanceStatus.APOLOGY, null, SECRETARIAT);
        proceedings.start(meeting.id(), SECRETARIAT);
        attendance.mark(meeting.id(), memberId("Carl Clausen"), AttendanceStatus.PRESENT, memberId("Bo Berg"),
                SECRETARIAT);
        open();

        assertThat(shown(".plenum-attendance-note")).contains("stedfortræder for Bo Berg", "formand");
        assertThat(shown(".plenum-attendance-group h3"))
                .contains("Til stede", "Afbud (1)", "Ikke tjekket ind endnu (3)");
    }

    @Test
    void aDecisionRecordedElsewhereAppearsWithoutReload() throws InterruptedException {
        proceedings.start(meeting.id(), SECRETARIAT);
        open();

        proceedings.setCurrentItem(meeting.id(), item(1).id(), SECRETARIAT);
        decisions.record(meeting.id(), item(1).id(),
                new DecisionInput(DecisionOutcome.APPROVED, "Godkendt uden bemærkninger.", null, null, null), SECRETARIAT);

        awaitDecisionText();
        assertThat(paragraphs("plenum-decision-text")).containsExactly("Godkendt uden bemærkninger.");
        assertThat(card(1).hasClassName("plenum-item-current")).isTrue();
    }

    @Test
    void aLiveRefreshLeavesWhatDidNotChangeAlone() throws InterruptedException {
        proceedings.start(meeting.id(), SECRETARIAT);
        proceedings.setCurrentItem(meeting.id(), item(1).id(), SECRETARIAT);
        open();
        // Item 3 is folded: markup, with the other folded items after the current one.
        Element foldedThree = ShownText.holderOf(getCurrentView(), "#item-3");
        String sentFolded = foldedThree.getProperty("innerHTML");
        Component heading = find(H1.class).single();

        decisions.record(meeting.id(), item(1).id(),
                new DecisionInput(DecisionOutcome.APPROVED, "Godkendt.", null, null, null), SECRETARIAT);
        awaitDecisionText();

        assertThat(paragraphs("plenum-decision-text")).containsExactly("Godkendt.");
        // The same holder and markup, the same components, not equal new ones: nothing of them is sent again.
        assertThat(ShownText.holderOf(getCurrentView(), "#item-3")).isEqualTo(foldedThree);
        assertThat(foldedThree.getProperty("innerHTML")).isEqualTo(sentFolded);
        assertThat(find(H1.class).single()).isSameAs(heading);
    }

    @Test
    void movingOnToAnotherItemRedrawsOnlyWhatShowsTheItemUnderDiscussion() {
        startAtItemOne();
        logIn("Anna Aaen");
        open();
        ItemCards.open(getCurrentView(), 3);
        Component heading = find(H1.class).single();
        List<NotesDownload> notesLinks = find(NotesDownload.class).all();
        String otherCardsSummary = ItemCards.summaryHtml(getCurrentView(), 2);
        Element textOfThree = ShownText.holderOf(card(3), ".plenum-section-body");
        String sentText = textOfThree.getProperty("innerHTML");

        proceedings.setCurrentItem(meeting.id(), item(3).id(), SECRETARIAT);
        awaitNowAt(3);

        assertThat(card(3).hasClassName("plenum-item-current")).isTrue();
        assertThat(card(1).hasClassName("plenum-item-current")).isFalse();
        // The same components, not equal new ones: the header and the other cards are not sent again.
        assertThat(find(H1.class).single()).isSameAs(heading);
        assertThat(notesLinks).as("the member's notes links, in the header").isNotEmpty();
        assertThat(find(NotesDownload.class).all()).containsExactlyElementsOf(notesLinks);
        // A summary is markup: Vaadin sends a property again only when its value changed.
        assertThat(ItemCards.summaryHtml(getCurrentView(), 2)).as("another item's summary, unchanged")
                .isEqualTo(otherCardsSummary);

        decisions.record(meeting.id(), item(3).id(), new DecisionInput(DecisionOutcome.APPROVED,
                "Købet godkendes.", "Sagen blev behandlet.", null, null), SECRETARIAT);
        awaitDecisionText();

        // The item's text is markup too: it is not made again for the decision, so the browser gets none of it again.
        assertThat(ShownText.holderOf(card(3), ".plenum-section-body")).isEqualTo(textOfThree);
        assertThat(textOfThree.getProperty("innerHTML")).as("the item's text, unchanged").isEqualTo(sentText);
    }

    @Test
    void anItemBecomingCurrentLeavesTheOtherOpenedCardsWhereTheyAre() {
        startAtItemOne();
        logIn("Anna Aaen");
        open();
        ItemCards.open(getCurrentView(), 3);
        List<String> detached = new ArrayList<>();
        for (int number : List.of(1, 3)) {
            card(number).addDetachListener(detach -> detached.add("item " + number));
        }

        proceedings.setCurrentItem(meeting.id(), item(2).id(), SECRETARIAT);
        awaitNowAt(2);

        assertThat(card(2).isOpened()).as("the new current item, opened between the two").isTrue();
        assertThat(ItemCards.card(getCurrentView(), 4)).as("item 4, never opened, still folded").isEmpty();
        // Moving a card detaches it and all in it (the note field stops following the member's other devices).
        assertThat(detached).as("cards moved or re-added").isEmpty();
    }

    @Test
    void theCurrentItemsCardFoldsWhenTheMeetingMovesOnButACardTheMemberOpenedStaysOpen() {
        startAtItemOne();
        logIn("Anna Aaen");
        open();
        ItemCards.open(getCurrentView(), 3);

        proceedings.setCurrentItem(meeting.id(), item(2).id(), SECRETARIAT);
        awaitNowAt(2);

        assertThat(card(2).isOpened()).as("the new current item").isTrue();
        assertThat(card(1).isOpened()).as("opened only because it was current").isFalse();
        assertThat(card(3).isOpened()).as("opened by the member").isTrue();
    }

    @Test
    void aCardTheMemberFoldedStaysFoldedUntilTheMeetingReachesItsItemAgain() {
        startAtItemOne();
        logIn("Anna Aaen");
        open();
        ItemCards.tapSummary(card(1), false);

        proceedings.setCurrentItem(meeting.id(), item(2).id(), SECRETARIAT);
        awaitNowAt(2);
        assertThat(card(1).isOpened()).isFalse();

        // The card knows the member folded it, so the meeting coming back to the item opens it for them again.
        proceedings.setCurrentItem(meeting.id(), item(1).id(), SECRETARIAT);
        awaitNowAt(1);
        assertThat(card(1).isOpened()).isTrue();
    }

    @Test
    void anItemBecomingCurrentResendsOnlyTheFoldedItemsNearIt() {
        String threeItems = meetingJson("Testudvalget " + UUID.randomUUID());
        int itemsEnd = threeItems.lastIndexOf(']');
        String moreItems = IntStream.rangeClosed(4, 12).mapToObj(number -> """
                , {"number": %d, "title": "Punkt %d", "kind": "REGULAR", "visibility": "OPEN", "sections": [],
                   "attachments": []}""".formatted(number, number)).collect(Collectors.joining());
        meeting = imports.importMeeting(threeItems.substring(0, itemsEnd) + moreItems + threeItems.substring(itemsEnd),
                SECRETARIAT);
        startAtItemOne();
        logIn("Anna Aaen");
        open();
        Element holderOfTen = ShownText.holderOf(getCurrentView(), "#item-10");
        String sentMarkup = holderOfTen.getProperty("innerHTML");

        proceedings.setCurrentItem(meeting.id(), item(2).id(), SECRETARIAT);
        awaitNowAt(2);

        // Items 6-10 share a holder, which is left alone: only the stretch of the agenda item 2 is in is sent again.
        assertThat(ShownText.holderOf(getCurrentView(), "#item-10")).isEqualTo(holderOfTen);
        assertThat(holderOfTen.getProperty("innerHTML")).isEqualTo(sentMarkup);
        assertThat(ItemCards.isFoldedMarkup(getCurrentView(), 3)).as("item 3, never opened").isTrue();
    }

    @Test
    void aFoldedItemIsOnlyItsSummaryAndALiveChangeToItsContentLeavesItSo() {
        startAtItemOne();
        logIn("Anna Aaen");
        open();
        assertThat(card(1).isOpened()).as("the current item is opened").isTrue();
        assertThat(card(1).getChildren()).as("its heading and its content").hasSizeGreaterThan(1);
        assertThat(ItemCards.isFoldedMarkup(getCurrentView(), 3)).as("a folded item is only its summary's markup")
                .isTrue();

        decideClosedItemAndDeclareBoInhabil();

        assertThat(outcomeBadges()).as("the summary's badge is live").containsExactly("Godkendt");
        assertThat(ItemCards.isFoldedMarkup(getCurrentView(), 3)).as("still only its summary").isTrue();
        assertThat(paragraphs("plenum-decision-text")).isEmpty();
    }

    @Test
    void anOpenedCardShowsWhatChangedWhileItWasFoldedAndFollowsChangesFromThen() {
        startAtItemOne();
        logIn("Anna Aaen");
        open();
        decideClosedItemAndDeclareBoInhabil();

        ItemCards.open(getCurrentView(), 3);

        assertThat(paragraphs("plenum-decision-text")).containsExactly("Købet godkendes.");
        assertThat(paragraphs("plenum-section-body")).containsExactly("Fortroligt salg af grunden.");
        assertThat(paragraphs("plenum-item-conflicts")).containsExactly("Inhabilitet: Bo Berg (inhabil)");
        assertThat(card(3).getChildren().toList()).as("the member's note field").hasAtLeastOneElementOfType(NoteField.class);

        voting.declareConflict(meeting.id(), item(3).id(), memberId("Dorte Dahl"), SECRETARIAT);
        decisions.record(meeting.id(), item(3).id(), new DecisionInput(DecisionOutcome.APPROVED,
                "Købet godkendes for 2 mio. kr.", "Sagen blev behandlet.", null, null).confirmedWithoutQuorum(),
                SECRETARIAT);
        awaitDrawn(() -> paragraphs("plenum-decision-text").contains("Købet godkendes for 2 mio. kr."));

        assertThat(paragraphs("plenum-item-conflicts")).singleElement().asString().contains("Dorte Dahl");
    }

    /** While item 1 is current and item 3 (closed) folded; until the live refresh has drawn the decision's badge. */
    private void decideClosedItemAndDeclareBoInhabil() {
        decisions.record(meeting.id(), item(3).id(), new DecisionInput(DecisionOutcome.APPROVED,
                "Købet godkendes.", "Sagen blev behandlet.", null, null), SECRETARIAT);
        voting.declareConflict(meeting.id(), item(3).id(), memberId("Bo Berg"), SECRETARIAT);
        awaitDrawn(() -> !outcomeBadges().isEmpty());
    }

    private void startAtItemOne() {
        proceedings.start(meeting.id(), SECRETARIAT);
        proceedings.setCurrentItem(meeting.id(), item(1).id(), SECRETARIAT);
    }

    /** Item {@code number}'s card: the item was opened in the view (by the member, or as the current item). */
    private ItemCard card(int number) {
        return (ItemCard) ItemCards.card(getCurrentView(), number)
                .orElseThrow(() -> new AssertionError("item " + number + " is folded"));
    }

    /** Until the header's "Now" names item {@code number}: the view has drawn it as the current item. */
    private void awaitNowAt(int number) {
        awaitDrawn(() -> find(Button.class).withClassName("plenum-now").single().getText()
                .contains(item(number).title()));
    }

    private static List<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(child -> descendants(child).stream()))
                .toList();
    }

    private void startAtRoundTable() {
        proceedings.start(meeting.id(), SECRETARIAT);
        proceedings.setCurrentItem(meeting.id(), item(2).id(), SECRETARIAT);
    }


    private void open() {
        navigate("meetings/" + meeting.id(), AgendaView.class);
    }

    private void logIn(String name) {
        Actor member = new Actor("test-" + UUID.randomUUID(), name, AccountRole.MEMBER, meeting.councilId(),
                memberId(name));
        Logins.logIn(securityContext, member);
    }

    private void click(String text) {
        test(find(Button.class).withText(text).single()).click();
    }

    private AttendanceStatus attendanceOf(String name) {
        return journal.get(meeting.id()).participant(memberId(name)).orElseThrow().attendance();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<AttendanceDialogs.Leaving> radio() {
        return find(RadioButtonGroup.class).withClassName("plenum-leave-how").single();
    }

    private boolean postBoxShown() {
        return find(TextArea.class).withClassName("plenum-post-text-area").all().stream()
                .anyMatch(area -> test(area).isUsable());
    }

    /** The round-the-table post box (a member's page also has a note field under each item). */
    private TextArea postBox() {
        return find(TextArea.class).withClassName("plenum-post-text-area").single();
    }

    private List<String> buttons() {
        return find(Button.class).all().stream().filter(button -> test(button).isUsable()).map(Button::getText)
                .toList();
    }

    private List<String> texts(String className) {
        return find(Span.class).withClassName(className).all().stream().map(Span::getText).toList();
    }

    /** The decided items' outcomes, in their cards' summaries. */
    private List<String> outcomeBadges() {
        return shown(".plenum-decision-outcome");
    }

    /**
     * What the view sends as markup (cards' summaries, the attendance list) and {@code cssQuery} selects. Found by a
     * lookup, which first runs the UI's pending live refresh, as a browser would have received it.
     */
    private List<String> shown(String cssQuery) {
        return ShownText.textsInMarkup(find(AgendaView.class).single(), cssQuery);
    }

    /** The paragraphs of {@code className}: components (the feed, the vote) or markup (an item's text and decision). */
    private List<String> paragraphs(String className) {
        return Stream.concat(find(Paragraph.class).withClassName(className).all().stream().map(Paragraph::getText),
                shown("p." + className).stream()).toList();
    }

    private String memberId(String name) {
        return meeting.participants().stream().filter(participant -> participant.name().equals(name))
                .map(Participant::memberId).findFirst().orElseThrow();
    }

    private AgendaItem item(int number) {
        return journal.get(meeting.id()).items().stream().filter(item -> item.number() == number).findFirst()
                .orElseThrow();
    }

    /** A small meeting of a council of its own: an open item, round the table, and a closed item. */
    static String meetingJson(String council) {
        return """
                {
                  "council": "%s",
                  "title": "Møde i Testudvalget",
                  "kind": "ORDINARY",
                  "startsAt": "2031-03-06T10:00:00+01:00",
                  "endsAt": "2031-03-06T12:00:00+01:00",
                  "location": "Rådhuset",
                  "members": [
                    {"name": "Dorte Dahl", "role": "CHAIR"},
                    {"name": "Anna Aaen", "role": "MEMBER"},
                    {"name": "Bo Berg", "role": "MEMBER"},
                    {"name": "Carl Clausen", "role": "SUBSTITUTE"},
                    {"name": "Referent Rasmussen", "role": "SECRETARIAT"}
                  ],
                  "items": [
                    {"number": 1, "title": "Godkendelse af dagsorden", "kind": "REGULAR", "visibility": "OPEN",
                     "sections": [], "attachments": []},
                    {"number": 2, "title": "Bordet rundt", "kind": "ROUND_THE_TABLE", "visibility": "OPEN",
                     "sections": [], "attachments": []},
                    {"number": 3, "title": "Salg af grund", "kind": "REGULAR", "visibility": "CLOSED",
                     "sections": [{"heading": "Sagsbeskrivelse", "body": "Fortroligt salg af grunden."}],
                     "attachments": []}
                  ]
                }
                """.formatted(council);
    }

    private void awaitDecisionText() {
        awaitDrawn(() -> !paragraphs("plenum-decision-text").isEmpty());
    }

    /** Until the live refresh has drawn what {@code drawn} looks for; in the test's own thread, which holds the UI. */
    private void awaitDrawn(BooleanSupplier drawn) {
        await("a live refresh").atMost(Duration.ofSeconds(20)).pollInSameThread().pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    roundTrip();
                    return drawn.getAsBoolean();
                });
    }
}
