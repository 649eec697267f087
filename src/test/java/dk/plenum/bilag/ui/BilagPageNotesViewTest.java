package dk.plenum.bilag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.bilag.BilagService;
import dk.plenum.bilag.BilagUpload;
import dk.plenum.bilag.TestPdfs;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Translations;
import dk.plenum.meeting.Visibility;
import dk.plenum.notes.Note;
import dk.plenum.notes.NotePlace;
import dk.plenum.notes.NotesService;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.shell.Navigation;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A member's note on a Bilag page, in the reader without a browser: each page has its own, kept when the page is
 * turned and found again on turning back; the public reading the same open Bilag has no note field.
 */
@PlenumTest
class BilagPageNotesViewTest extends SpringBrowserlessTest {

    @Autowired
    AgendaImportService imports;

    @Autowired
    BilagService bilag;

    @Autowired
    AccountService accounts;

    @Autowired
    NotesService notes;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    private Meeting meeting;
    private String itemId;
    private String attachmentId;

    @BeforeEach
    void aMeetingWithAnOpenBilag() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        itemId = meeting.items().getFirst().id();
        attachmentId = bilag.add(meeting.id(), itemId, List.of(new BilagUpload("Budgetnotat.pdf",
                TestPdfs.pages(3, "Budget"))), Visibility.OPEN, ImportedMeetings.SECRETARIAT).items().getFirst()
                .attachments().getLast().id();
    }

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void eachPageHasItsOwnNoteKeptAcrossPageTurns() {
        Actor kirsten = accounts.find("kirsten").orElseThrow();
        Logins.logIn(securityContext, kirsten);
        read(2);
        assertThat(field().getLabel()).isEqualTo("Mine noter til side 2");

        test(field()).setValue("Tallet i tabellen");
        test(find(Button.class).withClassName("plenum-bilag-next").single()).click();

        assertThat(field().getLabel()).isEqualTo("Mine noter til side 3");
        assertThat(field().getValue()).isEmpty();
        test(find(Button.class).withClassName("plenum-bilag-previous").single()).click();
        assertThat(field().getValue()).isEqualTo("Tallet i tabellen");
        assertThat(notes.note(meeting.id(), NotePlace.bilagPage(itemId, attachmentId, 2), kirsten)).map(Note::text)
                .hasValue("Tallet i tabellen");

        Logins.logOut(securityContext);
        read(2);
        assertThat(find(TextArea.class).withClassName("plenum-note-text").all()).as("the public").isEmpty();
    }

    private TextArea field() {
        return find(TextArea.class).withClassName("plenum-note-text").single();
    }

    private void read(int page) {
        UI.getCurrent().navigate(Navigation.bilagReader(meeting.id(), itemId, attachmentId, page).split("\\?")[0],
                QueryParameters.simple(Map.of(Navigation.PAGE_QUERY, String.valueOf(page))));
        assertThat(getCurrentView()).isInstanceOf(BilagReaderView.class);
    }
}
