package dk.plenum.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.plenum.agenda.AgendaImportService;
import dk.plenum.meeting.Meeting;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.security.NotAllowedException;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A view reads a note with the meeting it already holds instead of reading the meeting again: the same note, and the
 * same refusals, as by the meeting's id.
 */
@PlenumTest
class NoteShownInAViewTest {

    @Autowired
    NotesService notes;
    @Autowired
    AgendaImportService imports;
    @Autowired
    AccountService accounts;

    @Test
    void theMeetingAViewHoldsGivesTheAuthorTheirNoteAndRefusesEveryoneElse() {
        Meeting meeting = imports.importMeeting(ImportedMeetings.document("Erhvervsrådet",
                ImportedMeetings.nextStartsAt()), ImportedMeetings.SECRETARIAT);
        Actor kirsten = accounts.find("kirsten").orElseThrow();
        NotePlace first = NotePlace.item(meeting.items().getFirst().id());
        notes.save(meeting.id(), first, "Spørg til driften.", kirsten);

        assertThat(notes.note(meeting, first, kirsten)).map(Note::text).contains("Spørg til driften.");
        assertThat(notes.note(meeting, first, accounts.find("thomas").orElseThrow())).isEmpty();
        assertThatThrownBy(() -> notes.note(meeting, first, ImportedMeetings.SECRETARIAT))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> notes.note(meeting, first, null)).isInstanceOf(NotAllowedException.class);
    }
}
