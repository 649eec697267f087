package dk.plenum.agenda.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.decision.DecisionInput;
import dk.plenum.decision.DecisionService;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Translations;
import dk.plenum.notes.Note;
import dk.plenum.notes.NotePlace;
import dk.plenum.notes.NotesService;
import dk.plenum.notes.internal.NoteStore;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.ItemCards;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ShownText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A member's notes on the agenda page, without a browser: typed under an item (the closed one too) they are saved
 * and said to be, and found again on a new page of the same login; emptied, deleted; too long, refused at the field
 * with nothing stored. Another member sees an empty field of their own, and the secretariat, the public and an
 * unseated substitute (on a closed item) no field at all; only a member is offered "Mine noter".
 */
@PlenumTest
class NotesAgendaViewTest extends SpringBrowserlessTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    AgendaImportService imports;

    @Autowired
    AccountService accounts;

    @Autowired
    NotesService notes;

    @Autowired
    ProceedingsService proceedings;

    @Autowired
    NoteStore noteStore;

    @Autowired
    DecisionService decisions;

    private Meeting meeting;

    @BeforeEach
    void aMeetingOfTheDemoCouncil() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
    }

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void aNoteTypedUnderAnItemIsSavedAndFoundAgainOnTheNextPage() {
        Actor kirsten = logIn("kirsten");
        open();
        assertThat(find(Anchor.class).withClassName("plenum-notes-pdf").all()).hasSize(1);

        test(field(3)).setValue("Spørg til lønrammen");

        assertThat(state(3)).isEqualTo("Gemt");
        String closedItem = meeting.items().get(2).id();
        assertThat(notes.note(meeting.id(), NotePlace.item(closedItem), kirsten)).map(Note::text)
                .hasValue("Spørg til lønrammen");
        open();
        assertThat(field(3).getValue()).isEqualTo("Spørg til lønrammen");
        assertThat(field(1).getValue()).isEmpty();

        test(field(3)).setValue("   ");
        assertThat(notes.note(meeting.id(), NotePlace.item(closedItem), kirsten)).as("emptied: deleted").isEmpty();
    }

    @Test
    void duringTheMeetingANoteIsKeptThroughTheLiveRefreshesOfItsItem() {
        Actor kirsten = logIn("kirsten");
        proceedings.start(meeting.id(), ImportedMeetings.SECRETARIAT);
        String first = meeting.items().getFirst().id();
        proceedings.setCurrentItem(meeting.id(), first, ImportedMeetings.SECRETARIAT);
        open();

        test(field(1)).setValue("Spørg til tidsplanen");
        decisions.record(meeting.id(), first, new DecisionInput(DecisionOutcome.APPROVED, "Godkendt som indstillet.",
                null, null, null), ImportedMeetings.SECRETARIAT);
        await("the decision drawn live").atMost(Duration.ofSeconds(20)).pollInSameThread()
                .pollInterval(Duration.ofMillis(50)).until(() -> {
                    roundTrip();
                    return ShownText.textsInMarkup(find(AgendaView.class).single(), ".plenum-decision-text")
                            .contains("Godkendt som indstillet.");
                });

        assertThat(field(1).getValue()).as("the item redrawn around the note").isEqualTo("Spørg til tidsplanen");
        assertThat(state(1)).isEqualTo("Gemt");
        assertThat(notes.note(meeting.id(), NotePlace.item(first), kirsten)).map(Note::text)
                .hasValue("Spørg til tidsplanen");
    }

    @Test
    void aNoteSavedOnTheMembersOtherDeviceAfterThePageOpenedIsShownWhenItsItemIsOpened() {
        Actor kirsten = logIn("kirsten");
        navigate("meetings/" + meeting.id(), AgendaView.class);
        // The first card opened reads all her notes on the meeting, for the cards opened later.
        ItemCards.open(getCurrentView(), 1);
        assertThat(field(1).getValue()).isEmpty();

        notes.save(meeting.id(), NotePlace.item(meeting.items().get(2).id()), "Fra telefonen", kirsten);
        ItemCards.open(getCurrentView(), 3);

        assertThat(field(3).getValue()).isEqualTo("Fra telefonen");
    }

    @Test
    void aNoteChangedThroughAnotherInstanceIsReadAgainWhenTheMemberPutsTheCursorInIt() {
        Actor kirsten = logIn("kirsten");
        NotePlace third = NotePlace.item(meeting.items().get(2).id());
        notes.save(meeting.id(), third, "Første udkast", kirsten);
        open();
        // Saved through another instance: this one hears nothing of it.
        noteStore.save(kirsten.username(), meeting.id(), third, "Rettet på tabletten", Instant.now());

        ComponentUtil.fireEvent(field(3), new FocusNotifier.FocusEvent<>(field(3), true));

        assertThat(field(3).getValue()).as("read again before she types").isEqualTo("Rettet på tabletten");
        assertThat(state(3)).isEqualTo("Ændret på en anden af dine enheder");
    }

    @Test
    void aNoteOverTheLimitIsRefusedAtTheFieldAndTheSavedOneStays() {
        Actor kirsten = logIn("kirsten");
        open();
        test(field(1)).setValue("Kort note");

        test(field(1)).setValue("x".repeat(NotesService.MAX_TEXT + 1));

        assertThat(field(1).isInvalid()).isTrue();
        assertThat(field(1).getErrorMessage()).isEqualTo("Feltet note må højst være 10.000 tegn.");
        assertThat(state(1)).isEqualTo("Ikke gemt: Feltet note må højst være 10.000 tegn.");
        assertThat(notes.note(meeting.id(), NotePlace.item(meeting.items().getFirst().id()), kirsten))
                .map(Note::text).hasValue("Kort note");
    }

    @Test
    void anotherMemberSeesOnlyTheirOwnAndNobodyElseGetsAField() {
        notes.save(meeting.id(), NotePlace.item(meeting.items().getFirst().id()), "Kirstens note",
                accounts.find("kirsten").orElseThrow());

        logIn("thomas");
        open();
        assertThat(fields()).hasSize(4).allMatch(area -> area.getValue().isEmpty());
        assertThat(ShownText.of(getCurrentView())).doesNotContain("Kirstens note");

        for (String secretary : List.of("mette", "sekretariat")) {
            logIn(secretary);
            open();
            assertThat(fields()).as(secretary).isEmpty();
            assertThat(find(Anchor.class).withClassName("plenum-notes-pdf").all()).isEmpty();
        }
        Logins.logOut(securityContext);
        open();
        assertThat(fields()).as("the public").isEmpty();

        logIn("pia");
        open();
        assertThat(fields()).as("an unseated substitute, on the open items only").extracting(TextArea::getLabel)
                .containsExactly("Mine noter til punkt 1", "Mine noter til punkt 2", "Mine noter til punkt 4");
    }

    private List<TextArea> fields() {
        return find(TextArea.class).withClassName("plenum-note-text").all();
    }

    private TextArea field(int itemNumber) {
        return fields().stream().filter(area -> area.getLabel().equals("Mine noter til punkt " + itemNumber))
                .findFirst().orElseThrow();
    }

    private String state(int itemNumber) {
        return field(itemNumber).getParent().orElseThrow().getChildren().filter(Span.class::isInstance)
                .map(span -> ((Span) span).getText()).findFirst().orElseThrow();
    }

    /** With every item opened: a folded card has no note field until it is opened. */
    private void open() {
        navigate("meetings/" + meeting.id(), AgendaView.class);
        ItemCards.openAll(getCurrentView());
    }

    private Actor logIn(String username) {
        Actor actor = accounts.find(username).orElseThrow();
        Logins.logIn(securityContext, actor);
        return actor;
    }
}
