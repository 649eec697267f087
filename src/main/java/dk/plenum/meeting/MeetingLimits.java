package dk.plenum.meeting;

import dk.plenum.meeting.MeetingChanges.DecisionRecorded;
import dk.plenum.meeting.MeetingChanges.ItemAdded;
import dk.plenum.meeting.MeetingChanges.ItemEdited;
import dk.plenum.meeting.MeetingChanges.RoundTablePostEdited;
import dk.plenum.meeting.MeetingChanges.RoundTablePosted;
import java.util.List;

/**
 * How big one meeting may grow. Its projection is one MongoDB document, and a document over MongoDB's
 * 16 MiB can be neither written nor read again, so every change is measured on the projection it would
 * build (encoded as BSON) before its event is stored. The limits are staggered so that a meeting whose
 * agenda is full can still be run, and one whose texts are full can still be closed.
 */
final class MeetingLimits {

    private static final int MIB = 1024 * 1024;

    /** Ten times a long council agenda; the import format allows as many. */
    static final int MAX_ITEMS = 500;
    /** The agenda (import and late items) stops here, leaving room for what is written while the meeting runs. */
    static final int MAX_AGENDA_BYTES = 4 * MIB;
    /** Decisions, round-the-table posts and protocol entries stop here. */
    static final int MAX_TEXT_BYTES = 12 * MIB;
    /** Changes without free text (start, current item, attendance, adjourn, close, ...) stop only 1 MiB under MongoDB's limit. */
    static final int MAX_BYTES = 15 * MIB;

    private MeetingLimits() {
    }

    /**
     * @param after        the meeting as the change would leave it
     * @param encodedBytes the size of {@code after} as a stored BSON document
     * @throws MeetingTooLargeException naming the limit the change would pass
     */
    static void check(MeetingChange change, Meeting after, int encodedBytes) {
        checkTogether(List.of(change), after, encodedBytes);
    }

    /**
     * Several changes made one after another, measured once on the meeting they leave: under the strictest of their
     * limits (the meeting only grows, so each change's own projection is smaller).
     */
    static void checkTogether(List<MeetingChange> changes, Meeting after, int encodedBytes) {
        if (after.items().size() > MAX_ITEMS) {
            throw new MeetingTooLargeException("refused.tooManyItems", MAX_ITEMS);
        }
        int limit = changes.stream().mapToInt(MeetingLimits::limitOf).min().orElse(MAX_BYTES);
        if (encodedBytes > limit) {
            throw new MeetingTooLargeException("refused.meetingTooLarge", limit / MIB);
        }
    }

    private static int limitOf(MeetingChange change) {
        return switch (change) {
            case MeetingScheduled scheduled -> MAX_AGENDA_BYTES;
            case ItemAdded added -> MAX_AGENDA_BYTES;
            case ItemEdited edited -> MAX_AGENDA_BYTES;
            case DecisionRecorded decided -> MAX_TEXT_BYTES;
            case RoundTablePosted posted -> MAX_TEXT_BYTES;
            case RoundTablePostEdited edited -> MAX_TEXT_BYTES;
            case ProtocolEntryChanges.ProtocolEntryRequested requested -> MAX_TEXT_BYTES;
            case ProtocolEntryChanges.ProtocolEntryRefused refused -> MAX_TEXT_BYTES;
            default -> MAX_BYTES;
        };
    }
}
