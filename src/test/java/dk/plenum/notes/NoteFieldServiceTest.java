package dk.plenum.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.meeting.Meeting;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.security.NotAllowedException;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an open note field asks of the notes: it follows its author's notes on the meeting, being told where they
 * changed (saved or deleted, on any of their devices), and never of another member's notes, nor after it stopped
 * following; and what its page read of the notes ({@link NotesRead}) gives the same answers and refusals as the service,
 * read again after a change.
 */
@PlenumTest
class NoteFieldServiceTest {

    @Autowired
    NotesService notes;
    @Autowired
    AgendaImportService imports;
    @Autowired
    AccountService accounts;

    @Test
    void aFieldIsToldOfItsAuthorsChangesOnlyWhileItFollows() {
        Meeting meeting = imports.importMeeting(ImportedMeetings.document("Erhvervsrådet",
                ImportedMeetings.nextStartsAt()), ImportedMeetings.SECRETARIAT);
        Actor kirsten = accounts.find("kirsten").orElseThrow();
        Actor thomas = accounts.find("thomas").orElseThrow();
        NotePlace first = NotePlace.item(meeting.items().getFirst().id());
        NotePlace second = NotePlace.item(meeting.items().get(1).id());
        List<NotePlace> told = new CopyOnWriteArrayList<>();
        Registration following = notes.follow(meeting.id(), kirsten, told::add);

        notes.save(meeting.id(), first, "Spørg til driften.", kirsten);
        notes.save(meeting.id(), first, "Spørg til Thomas' note.", thomas);
        notes.delete(meeting.id(), second, kirsten);
        assertThat(told).containsExactly(first, second);

        following.remove();
        notes.save(meeting.id(), first, "Og til budgettet.", kirsten);
        assertThat(told).hasSize(2);
    }

    @Test
    void whatAPageReadGivesTheAuthorTheirNotesAndRefusesEveryoneElse() {
        Meeting meeting = imports.importMeeting(ImportedMeetings.document("Erhvervsrådet",
                ImportedMeetings.nextStartsAt()), ImportedMeetings.SECRETARIAT);
        Actor kirsten = accounts.find("kirsten").orElseThrow();
        NotePlace first = NotePlace.item(meeting.items().getFirst().id());
        NotePlace second = NotePlace.item(meeting.items().get(1).id());
        notes.save(meeting.id(), first, "Spørg til driften.", kirsten);
        NotesRead read = new NotesRead(notes, new Div());

        assertThat(read.note(meeting, first, kirsten)).map(Note::text).contains("Spørg til driften.");
        assertThat(read.note(meeting, second, kirsten)).isEmpty();
        notes.save(meeting.id(), second, "Og til budgettet.", kirsten);
        assertThat(read.note(meeting, second, kirsten)).as("read again after her change")
                .map(Note::text).contains("Og til budgettet.");
        assertThat(read.note(meeting, first, accounts.find("thomas").orElseThrow())).as("another member's own")
                .isEmpty();
        assertThatThrownBy(() -> read.note(meeting, first, ImportedMeetings.SECRETARIAT))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> read.note(meeting, first, null)).isInstanceOf(NotAllowedException.class);
    }
}
