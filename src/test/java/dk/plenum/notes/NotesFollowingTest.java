package dk.plenum.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.meeting.Meeting;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An open note field follows its author's notes on the meeting: it is told where they changed (saved or deleted, on
 * any of their devices), and never of another member's notes, nor after it stopped following.
 */
@PlenumTest
class NotesFollowingTest {

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
}
