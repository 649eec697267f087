package dk.plenum.preparation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.council.Council;
import dk.plenum.council.CouncilService;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Translations;
import dk.plenum.meeting.Visibility;
import dk.plenum.preparation.AgendaStart;
import dk.plenum.preparation.ItemContent;
import dk.plenum.preparation.MeetingDetails;
import dk.plenum.preparation.PreparationService;
import dk.plenum.security.AccountService;
import dk.plenum.shell.Navigation;
import dk.plenum.shell.NotFoundView;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.ItemCards;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ShownText;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The preparation views without a browser: a secretary creates a draft, writes and orders its agenda with the
 * buttons, withdraws an item and publishes; the meeting list and the agenda page show a draft to its secretariat
 * only, each meeting's status in words, and an item changed after publication as changed.
 */
@PlenumTest
class PreparationViewsTest extends SpringBrowserlessTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    AccountService accounts;

    @Autowired
    CouncilService councils;

    @Autowired
    PreparationService preparation;

    @Autowired
    MeetingJournal journal;

    private Council council;

    @BeforeEach
    void inDanish() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        council = councils.findByName("Erhvervsrådet").orElseThrow();
    }

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void theSecretariatCreatesADraftWritesItsAgendaAndPublishesIt() {
        logIn("mette");
        String title = "Møde " + UUID.randomUUID();
        navigate(Navigation.newMeeting(council.id()), NewMeetingView.class);
        test(find(TextField.class).withCaption("Titel").single()).setValue(title);
        // A start of its own: the demo council may already meet next week at 16.00.
        find(DateTimePicker.class).withCaption("Begynder").single()
                .setValue(LocalDateTime.ofInstant(ImportedMeetings.nextStartsAt(), MeetingTimes.COUNCIL_ZONE));
        find(DateTimePicker.class).withCaption("Slutter").single().setValue(null);
        test(find(Button.class).withText("Opret mødet som kladde").single()).click();

        assertThat(getCurrentView()).isInstanceOf(MeetingEditorView.class);
        Meeting created = journal.findAll().stream().filter(meeting -> meeting.title().equals(title)).findFirst()
                .orElseThrow();
        assertThat(created.draft()).isTrue();
        assertThat(statusText()).isEqualTo("Kladde");

        // Added through the service (the dialog's own test is the browser test); the view follows the meeting.
        preparation.addItem(created.id(), new ItemContent("Første punkt", ItemKind.REGULAR, Visibility.OPEN, false,
                null, List.of()), ImportedMeetings.SECRETARIAT);
        Meeting withItem = preparation.addItem(created.id(), new ItemContent("Nyt punkt", ItemKind.REGULAR,
                Visibility.OPEN, false, null, List.of()), ImportedMeetings.SECRETARIAT);
        navigate(Navigation.prepare(created.id()), MeetingEditorView.class);
        @SuppressWarnings("unchecked")
        Grid<AgendaItem> agenda = find(Grid.class).single();
        int last = withItem.items().size() - 1;
        test(button(agenda, last, "plenum-item-up")).click();
        assertThat(journal.get(created.id()).items().get(last - 1).title()).isEqualTo("Nyt punkt");
        test(button(agenda, 0, "plenum-item-withdraw")).click();
        AgendaItem withdrawn = journal.get(created.id()).items().getFirst();
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.number()).isEqualTo(1);

        test(button(agenda, last, "plenum-item-bilag")).click();
        Anchor back = find(Anchor.class).withClassName("plenum-bilag-back").single();
        assertThat(back.getText()).isEqualTo("Tilbage til dagsordenen");
        assertThat(back.getHref()).isEqualTo(Navigation.prepare(created.id()));
        navigate(Navigation.prepare(created.id()), MeetingEditorView.class);

        test(find(Button.class).withText("Udsend dagsordenen").single()).click();
        test(find(Button.class).withClassName("plenum-confirm-yes").single()).click();
        assertThat(journal.get(created.id()).draft()).isFalse();
        assertThat(statusText()).isEqualTo("Udsendt");
    }

    @Test
    void theMeetingListShowsADraftToItsSecretariatOnlyAndEveryStatusInWords() {
        String title = "Kladde " + UUID.randomUUID();
        Meeting draft = draft(title);

        home();
        assertThat(pageText()).doesNotContain(title);
        logIn("kirsten");
        home();
        assertThat(pageText()).doesNotContain(title);
        navigate(Navigation.agenda(draft.id()), NotFoundView.class);

        logIn("mette");
        home();
        assertThat(pageText()).contains(title);
        assertThat(find(Span.class).withClassName("plenum-meeting-status").all()).extracting(Span::getText)
                .contains("Kladde").allMatch(List.of("Kladde", "Udsendt", "I gang", "Afbrudt", "Afsluttet", "Aflyst",
                        "Ikke afholdt")::contains);
        assertThat(find(Anchor.class).withClassName("plenum-new-meeting-link").all()).extracting(Anchor::getHref)
                .containsExactly(Navigation.newMeeting(council.id()));

        preparation.publish(draft.id(), ImportedMeetings.SECRETARIAT);
        preparation.cancel(draft.id(), ImportedMeetings.SECRETARIAT);
        logIn("kirsten");
        home();
        assertThat(pageText()).contains(title);
        assertThat(find(Span.class).withClassName("plenum-meeting-status").all()).extracting(Span::getText)
                .contains("Aflyst");
    }

    @Test
    void theAgendaPageHeaderSaysTheStatusInTheWordsOfTheMeetingList() {
        Meeting draft = draft("Møde " + UUID.randomUUID());
        logIn("mette");

        navigate(Navigation.agenda(draft.id()), Component.class);
        assertThat(statusText()).isEqualTo("Kladde");

        preparation.publish(draft.id(), ImportedMeetings.SECRETARIAT);
        navigate(Navigation.SEARCH, Component.class);
        navigate(Navigation.agenda(draft.id()), Component.class);
        assertThat(statusText()).isEqualTo("Udsendt");
    }

    @Test
    void anItemChangedAfterPublicationIsMarkedWithWhatAndWhen() {
        Meeting meeting = draft("Møde " + UUID.randomUUID());
        AgendaItem first = meeting.items().getFirst();
        preparation.publish(meeting.id(), ImportedMeetings.SECRETARIAT);
        preparation.editItem(meeting.id(), first.id(), new ItemContent("Godkendelse af den ændrede dagsorden",
                ItemKind.REGULAR, Visibility.OPEN, false, null, List.of(new Section("Indstilling", "At den godkendes."))),
                ImportedMeetings.SECRETARIAT);

        navigate(Navigation.agenda(meeting.id()), Component.class);

        assertThat(ItemCards.summaryTexts(getCurrentView(), "plenum-item-amended")).singleElement().satisfies(text -> assertThat(text).startsWith("Ændret ").contains(" kl. ")
                        .endsWith(": titel, indstilling"));
    }

    @Test
    void aColleaguesChangeLeavesThePublishButtonInPlaceAndItsTapPublishes() {
        logIn("mette");
        Meeting meeting = draft("Møde " + UUID.randomUUID());
        navigate(Navigation.prepare(meeting.id()), MeetingEditorView.class);
        Button publish = find(Button.class).withText("Udsend dagsordenen").single();
        Button cancel = find(Button.class).withClassName("plenum-cancel-meeting").single();

        preparation.addItem(meeting.id(), new ItemContent("Kollegaens punkt", ItemKind.REGULAR, Visibility.OPEN, false,
                null, List.of()), ImportedMeetings.SECRETARIAT);
        await("the colleague's item drawn").atMost(Duration.ofSeconds(20)).pollInSameThread()
                .pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
                    roundTrip();
                    assertThat(test(find(Grid.class).single()).size()).isEqualTo(meeting.items().size() + 1);
                });

        assertThat(List.of(publish, cancel)).as("kept, not drawn anew").allMatch(Component::isAttached);
        test(publish).click();
        test(find(Button.class).withClassName("plenum-confirm-yes").single()).click();
        assertThat(journal.get(meeting.id()).draft()).isFalse();
        assertThat(publish.isVisible()).as("a sent-out agenda is not sent again").isFalse();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).as("the hints shown")
                .anyMatch(text -> text.startsWith("Udsendt:")).noneMatch(text -> text.startsWith("Kladde:"));
    }

    /** The start page drawn anew, as after a login (the router keeps a view it navigates to again). */
    private void home() {
        navigate(Navigation.SEARCH, Component.class);
        navigate(Navigation.HOME, Component.class);
    }

    private Meeting draft(String title) {
        Instant startsAt = ImportedMeetings.nextStartsAt();
        Meeting meeting = preparation.create(council.id(), new MeetingDetails(title, MeetingKind.ORDINARY, startsAt,
                startsAt.plus(Duration.ofHours(2)), null), AgendaStart.STANDARD_ITEMS, ImportedMeetings.SECRETARIAT);
        if (meeting.items().isEmpty()) {
            meeting = preparation.addItem(meeting.id(), new ItemContent("Godkendelse af dagsorden", ItemKind.REGULAR,
                    Visibility.OPEN, false, null, List.of()), ImportedMeetings.SECRETARIAT);
        }
        return meeting;
    }

    private Button button(Grid<AgendaItem> agenda, int row, String className) {
        Component cell = test(agenda).getCellComponent(row, "item");
        // The row holds the item's summary and its buttons.
        return cell.getChildren().flatMap(Component::getChildren)
                .filter(child -> child.getElement().getClassList().contains(className)).map(Button.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("No " + className + " in row " + row));
    }

    /** The meeting's status badge: a component in the editor and the lists, markup in the agenda page's header. */
    private String statusText() {
        List<String> shown = Stream.concat(
                find(Span.class).withClassName("plenum-meeting-status").all().stream().map(Span::getText),
                ShownText.textsInMarkup(getCurrentView(), ".plenum-meeting-status").stream()).toList();
        assertThat(shown).hasSize(1);
        return shown.getFirst();
    }

    private String pageText() {
        return ShownText.of(getCurrentView());
    }

    private void logIn(String username) {
        Logins.logOut(securityContext);
        Logins.logIn(securityContext, accounts.find(username).orElseThrow());
    }
}
