package dk.plenum.protocol;

import static dk.plenum.meeting.MeetingRules.requireItem;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.CommandText;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Participation;
import dk.plenum.meeting.ProtocolEntry;
import dk.plenum.meeting.ProtocolEntryChanges.ProtocolEntryAccepted;
import dk.plenum.meeting.ProtocolEntryChanges.ProtocolEntryRefused;
import dk.plenum.meeting.ProtocolEntryChanges.ProtocolEntryRequested;
import dk.plenum.meeting.ProtocolEntryState;
import dk.plenum.security.Actor;
import dk.plenum.security.NotAllowedException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Protocol entries: a member taking part in the meeting (present, and seated if a substitute) asks for a statement
 * to be entered in the minutes under an item, while the item is current, or once it has been treated until the
 * minutes are approved. The secretariat or the chair accepts or refuses each entry once.
 */
@Service
public class ProtocolEntryService {

    /**
     * About 150 words: a protocol entry records a member's position in a few sentences, not a speech. Longer text
     * belongs in a Bilag or a letter to the council.
     */
    public static final int MAX_TEXT = 1_000;
    /** A refusal says why in a sentence or two. */
    public static final int MAX_NOTE = 500;

    private final MeetingJournal journal;

    ProtocolEntryService(MeetingJournal journal) {
        this.journal = journal;
    }

    public Meeting request(String meetingId, String itemId, String text, Actor actor) {
        String body = CommandText.required(text, "text", MAX_TEXT);
        return journal.append(meetingId, actor.username(), meeting -> {
            Participant author = actor.requireParticipant(meeting);
            AgendaItem item = requireItem(meeting, itemId);
            requireTakesPart(meeting, author, item);
            requireOpenForEntries(meeting, item);
            return new ProtocolEntryRequested(UUID.randomUUID().toString(), item.id(), author.memberId(), body);
        });
    }

    public Meeting accept(String meetingId, String entryId, Actor actor) {
        return journal.append(meetingId, actor.username(), meeting -> {
            ProtocolEntry entry = requirePending(meeting, entryId, actor);
            return new ProtocolEntryAccepted(entry.id(), entry.itemId(), entry.memberId(), entry.text());
        });
    }

    public Meeting refuse(String meetingId, String entryId, String note, Actor actor) {
        String reason = CommandText.required(note, "note", MAX_NOTE);
        return journal.append(meetingId, actor.username(), meeting -> {
            ProtocolEntry entry = requirePending(meeting, entryId, actor);
            return new ProtocolEntryRefused(entry.id(), reason);
        });
    }

    /**
     * Whether the member may ask for an entry on the item: they take part in it ({@link Participation#takesPart}).
     * A member inhabil on the item may not: in Danish practice they leave the room while it is treated and take no
     * part in its decision, so the minutes have no statement of theirs to carry under it either.
     */
    public static boolean mayAskOn(Meeting meeting, Participant seat, AgendaItem item) {
        return Participation.takesPart(meeting, seat, item.id()) && acceptsEntries(meeting, item);
    }

    /** Whether the item takes protocol entries now (see {@link #request}); the views offer the button by this. */
    public static boolean acceptsEntries(Meeting meeting, AgendaItem item) {
        return whyNoEntries(meeting, item).isEmpty();
    }

    private static void requireTakesPart(Meeting meeting, Participant author, AgendaItem item) {
        if (Participation.takesPart(meeting, author, item.id())) {
            return;
        }
        if (Participation.seated(meeting, author)) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.protocol.inhabil", item.number());
        }
        throw new CommandRefusedException(Reason.FORBIDDEN, "refused.protocol.notTakingPart");
    }

    private static void requireOpenForEntries(Meeting meeting, AgendaItem item) {
        whyNoEntries(meeting, item).ifPresent(messageKey -> {
            throw new CommandRefusedException(Reason.CONFLICT, messageKey, item.number());
        });
    }

    /**
     * Why the item takes no protocol entries now, as a message key, or empty when it does: during the item, or after
     * it was treated while the meeting runs, is paused or has closed, until the minutes are approved (they are then
     * final).
     */
    private static Optional<String> whyNoEntries(Meeting meeting, AgendaItem item) {
        if (meeting.minutesApproved()) {
            return Optional.of("refused.protocol.minutesApproved");
        }
        if (meeting.status() == MeetingStatus.SCHEDULED || meeting.status() == MeetingStatus.CANCELLED) {
            return Optional.of("refused.protocol.notStarted");
        }
        boolean current = item.id().equals(meeting.currentItemId()) && meeting.status() != MeetingStatus.CLOSED;
        if (item.withdrawn() || !(current || item.treated())) {
            return Optional.of("refused.protocol.notTreated");
        }
        return Optional.empty();
    }

    private static void requireNotFinal(Meeting meeting) {
        if (meeting.minutesApproved()) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.protocol.minutesApproved");
        }
    }

    private static ProtocolEntry requirePending(Meeting meeting, String entryId, Actor actor) {
        if (!actor.leads(meeting)) {
            throw new NotAllowedException("refused.protocol.notDecider");
        }
        ProtocolEntry entry = meeting.protocolEntry(entryId)
                .orElseThrow(() -> new CommandRefusedException(Reason.NOT_FOUND, "refused.protocol.noEntry"));
        requireNotFinal(meeting);
        if (entry.state() != ProtocolEntryState.PENDING) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.protocol.alreadyDecided." + entry.state());
        }
        return entry;
    }
}
