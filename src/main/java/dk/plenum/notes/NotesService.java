package dk.plenum.notes;

import com.vaadin.flow.shared.Registration;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.CommandText;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingNotFoundException;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.meeting.Translations;
import dk.plenum.minutes.MinutesFormat;
import dk.plenum.notes.internal.NoteStore;
import dk.plenum.notes.internal.NotesPrintout;
import dk.plenum.notes.internal.NotesRendering;
import dk.plenum.security.AccountRole;
import dk.plenum.security.Actor;
import dk.plenum.security.NotAllowedException;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.MeetingVisibility;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * A member's own notes: on any agenda item of their council's meetings that they may read (closed items included,
 * for members; a draft is no meeting to them), and on any page of its Bilag. Every method takes the login it acts
 * for and reads and writes only that login's notes: there is no way to name another's. Nobody but a council member
 * keeps notes (the secretariat is refused), and never without a login. Notes are not events of the meeting, so no
 * stream, minutes, search or public page can carry them (decision 0017). A note on a place the member may no longer
 * read (an item or Bilag closed to them since) stays stored but is not shown.
 */
@Service
public class NotesService {

    /** About five pages of text: plenty for notes, and small enough to save on every pause in typing. */
    public static final int MAX_TEXT = 10_000;

    private final MeetingJournal journal;
    private final NoteStore store;
    private final Clock clock;
    /** The open note fields on this instance, by whose notes on which meeting they show. */
    private final Map<String, Set<Consumer<NotePlace>>> followers = new ConcurrentHashMap<>();

    NotesService(MeetingJournal journal, NoteStore store, ObjectProvider<Clock> clock) {
        this.journal = journal;
        this.store = store;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** Whether the actor (null: nobody logged in) keeps notes on this meeting at all; for views, which ask first. */
    public boolean keepsNotesOn(Meeting meeting, Actor actor) {
        return actor != null && isNoteTaker(meeting, actor);
    }

    /** Whether the actor (null: nobody logged in) may write a note at the place now; for views, which ask first. */
    public boolean mayKeepNotes(Meeting meeting, NotePlace place, Actor actor) {
        return keepsNotesOn(meeting, actor) && readablePlace(meeting, place, actor);
    }

    /** The actor's note at the place, if they wrote one. */
    public Optional<Note> note(String meetingId, NotePlace place, Actor actor) {
        requireLoggedIn(actor); // before the meeting is read, as every other use of the notes
        Meeting meeting = journal.get(meetingId);
        requireMayKeepNotes(meeting, place, actor);
        return store.find(actor.username(), meetingId, place);
    }

    /**
     * Refuses as {@link #note(String, NotePlace, Actor)} does (nobody logged in, no note taker, no such place), against
     * the meeting as a page following it holds it: the page then reads the notes alone, not the meeting again.
     */
    void requireMayKeepNotes(Meeting meeting, NotePlace place, Actor actor) {
        requirePlace(requireNoteTaker(meeting, actor), place, actor);
    }

    /** Every note of the actor on the meeting, by place, for {@link NotesRead}, which checks each place it shows. */
    Map<NotePlace, Note> byPlace(Meeting meeting, Actor actor) {
        requireNoteTaker(meeting, actor);
        return store.findAll(actor.username(), meeting.id()).stream()
                .collect(Collectors.toUnmodifiableMap(Note::place, note -> note));
    }

    /**
     * "My notes for this meeting": every note of the actor on the meeting that they may read now, in the agenda's
     * order (the item's own note first, then its Bilag's pages in order).
     */
    public List<Note> mine(String meetingId, Actor actor) {
        Meeting meeting = requireNoteTaker(meetingId, actor);
        return store.findAll(actor.username(), meetingId).stream()
                .filter(note -> readablePlace(meeting, note.place(), actor))
                .sorted(Comparator.<Note>comparingInt(note -> meeting.positionOf(note.itemId()))
                        .thenComparingInt(note -> bilagIndex(meeting, note))
                        .thenComparingInt(note -> note.place().page()))
                .toList();
    }

    /** Writes the actor's note at the place, replacing their earlier one there; the text must not be empty. */
    public Note save(String meetingId, NotePlace place, String text, Actor actor) {
        requirePlace(requireNoteTaker(meetingId, actor), place, actor);
        String checked = CommandText.required(text, "note", MAX_TEXT);
        Note saved = store.save(actor.username(), meetingId, place, checked, clock.instant());
        changed(meetingId, place, actor);
        return saved;
    }

    /** Deletes the actor's note at the place; nothing to delete is no error. */
    public void delete(String meetingId, NotePlace place, Actor actor) {
        requirePlace(requireNoteTaker(meetingId, actor), place, actor);
        store.delete(actor.username(), meetingId, place);
        changed(meetingId, place, actor);
    }

    /**
     * Tells {@code changed} where the actor's notes on the meeting change, on any of their devices served by this
     * instance, until the registration is removed: an open field then shows what was typed on another device. (A
     * device served by another instance sees the change when it opens the page again.)
     */
    Registration follow(String meetingId, Actor actor, Consumer<NotePlace> changed) {
        String whose = whose(meetingId, actor);
        followers.computeIfAbsent(whose, key -> ConcurrentHashMap.newKeySet()).add(changed);
        return () -> followers.computeIfPresent(whose, (key, following) -> {
            following.remove(changed);
            return following.isEmpty() ? null : following;
        });
    }

    private void changed(String meetingId, NotePlace place, Actor actor) {
        followers.getOrDefault(whose(meetingId, actor), Set.of()).forEach(follower -> follower.accept(place));
    }

    private static String whose(String meetingId, Actor actor) {
        return actor.username() + '\n' + meetingId;
    }

    /** The actor's notes of the meeting under each agenda item they may read, as a file for themself. */
    public NotesExport export(String meetingId, MinutesFormat format, Locale language, Actor actor) {
        Meeting meeting = requireNoteTaker(meetingId, actor);
        Meeting readable = MeetingVisibility.visibleTo(actor.audienceFor(meeting), meeting, actor.memberId());
        NotesPrintout printout = NotesPrintout.of(readable, mine(meetingId, actor), actor.displayName(), language);
        byte[] content = switch (format) {
            case HTML -> NotesRendering.xhtml(printout).getBytes(StandardCharsets.UTF_8);
            case PDF -> NotesRendering.pdf(printout);
            case MARKDOWN -> NotesRendering.markdown(printout).getBytes(StandardCharsets.UTF_8);
        };
        String fileName = Translations.text("notes.export.fileName", language) + "-"
                + meeting.startsAt().atZone(MeetingTimes.COUNCIL_ZONE).toLocalDate() + "." + format.extension();
        return new NotesExport(content, format, fileName);
    }

    /** Nobody logged in is refused before the meeting is read. */
    private Meeting requireNoteTaker(String meetingId, Actor actor) {
        requireLoggedIn(actor);
        return requireNoteTaker(journal.get(meetingId), actor);
    }

    private static Meeting requireNoteTaker(Meeting meeting, Actor actor) {
        requireLoggedIn(actor);
        if (!MeetingVisibility.isVisibleTo(actor.audienceFor(meeting), meeting)) {
            throw new MeetingNotFoundException(meeting.id());
        }
        if (!isNoteTaker(meeting, actor)) {
            throw new NotAllowedException("notes.refused.membersOnly");
        }
        return meeting;
    }

    private static void requireLoggedIn(Actor actor) {
        if (actor == null) {
            throw new NotAllowedException("refused.loginNeeded");
        }
    }

    /** A member account of the meeting's council; the meeting must be one they may see at all. */
    private static boolean isNoteTaker(Meeting meeting, Actor actor) {
        return actor.role() == AccountRole.MEMBER && meeting.councilId().equals(actor.councilId())
                && MeetingVisibility.isVisibleTo(actor.audienceFor(meeting), meeting);
    }

    /** The item, or the Bilag and its page, that the actor may read; else 404, closed or not there alike. */
    private static void requirePlace(Meeting meeting, NotePlace place, Actor actor) {
        Optional<CommandRefusedException> refusal = refusalAt(meeting, place, actor);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    private static boolean readablePlace(Meeting meeting, NotePlace place, Actor actor) {
        return refusalAt(meeting, place, actor).isEmpty();
    }

    /** Why the actor may not write at the place, or nothing when they may. */
    private static Optional<CommandRefusedException> refusalAt(Meeting meeting, NotePlace place, Actor actor) {
        Audience audience = actor.audienceFor(meeting);
        if (MeetingVisibility.readableItem(audience, meeting, place.itemId()).isEmpty()) {
            return Optional.of(new CommandRefusedException(Reason.NOT_FOUND, "refused.noItem", place.itemId()));
        }
        if (!place.onBilagPage()) {
            return Optional.empty();
        }
        Optional<Attachment> bilag = MeetingVisibility.readableBilag(audience, meeting, place.itemId(),
                place.attachmentId());
        if (bilag.isEmpty()) {
            return Optional.of(new CommandRefusedException(Reason.NOT_FOUND, "bilag.refused.notFound"));
        }
        if (place.page() < 1 || place.page() > bilag.get().pageCount()) {
            return Optional.of(new CommandRefusedException(Reason.NOT_FOUND, "bilag.refused.noPage", place.page(),
                    bilag.get().pageCount()));
        }
        return Optional.empty();
    }

    private static int bilagIndex(Meeting meeting, Note note) {
        return note.attachmentId() == null ? -1 : meeting.item(note.itemId())
                .map(item -> item.attachments().stream().map(Attachment::id).toList().indexOf(note.attachmentId()))
                .orElse(-1);
    }
}
