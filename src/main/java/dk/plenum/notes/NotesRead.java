package dk.plenum.notes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import dk.plenum.meeting.Meeting;
import dk.plenum.security.Actor;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A page's one read of its member's notes on a meeting, for the note fields it makes as the meeting goes on: the agenda
 * opens the card of each item made current in every member's view at once, and a store read per card was some 8 % of
 * the server's CPU in the 500-UI benchmark (docs/benchmarks.md). The read is made again after any change to the
 * member's notes on this instance (their other devices included), and when the page leaves the screen. A change saved
 * through another instance shows once the page is opened again, or when the member puts the cursor in the field, which
 * reads the store before they type ({@link NoteField}).
 */
public final class NotesRead {

    private final NotesService notes;
    /** What was read, whose notes on which meeting it is; null until read, or after a change. */
    private volatile Read read;
    /** Changes heard so far: a change while the store is read leaves what was read unkept. */
    private final AtomicLong changes = new AtomicLong();
    private Registration following;

    /** Read for {@code page}'s fields, and forgotten when it is detached. */
    public NotesRead(NotesService notes, Component page) {
        this.notes = notes;
        page.addDetachListener(detach -> forget());
    }

    /** The actor's note at the place, as {@link NotesService#note(String, NotePlace, Actor)} reads it. */
    Optional<Note> note(Meeting meeting, NotePlace place, Actor actor) {
        notes.requireMayKeepNotes(meeting, place, actor);
        Read current = read;
        if (current == null || !current.isOf(meeting, actor)) {
            forget();
            following = notes.follow(meeting.id(), actor, changed -> {
                changes.incrementAndGet();
                read = null;
            });
            long changesBefore = changes.get();
            current = new Read(meeting.id(), actor.username(), notes.byPlace(meeting, actor));
            if (changes.get() == changesBefore) {
                read = current;
            }
        }
        return Optional.ofNullable(current.notes().get(place));
    }

    private void forget() {
        read = null;
        if (following != null) {
            following.remove();
            following = null;
        }
    }

    private record Read(String meetingId, String username, Map<NotePlace, Note> notes) {

        boolean isOf(Meeting meeting, Actor actor) {
            return meetingId.equals(meeting.id()) && username.equals(actor.username());
        }
    }
}
