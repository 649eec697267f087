package dk.plenum.visibility;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.AttachmentChanges.AttachmentsAdded;
import dk.plenum.meeting.AttachmentChanges.AttachmentRemoved;
import dk.plenum.meeting.AttachmentChanges.AttachmentRenamed;
import dk.plenum.meeting.AttachmentChanges.AttachmentReplaced;
import dk.plenum.meeting.AttachmentChanges.AttachmentVisibilitySet;
import dk.plenum.meeting.AttachmentChanges.AttachmentsReordered;
import dk.plenum.meeting.Correction;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingChanges.DecisionRecorded;
import dk.plenum.meeting.MeetingChanges.ItemAdded;
import dk.plenum.meeting.MeetingChanges.ItemEdited;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingChanges.RoundTablePostEdited;
import dk.plenum.meeting.MeetingChanges.RoundTablePosted;
import dk.plenum.meeting.MeetingScheduled;
import dk.plenum.meeting.RoundTablePost;
import dk.plenum.meeting.Visibility;
import dk.plenum.meeting.Voting;
import dk.plenum.meeting.VotingChanges.ConflictOfInterestDeclared;
import dk.plenum.meeting.VotingChanges.ConflictOfInterestLifted;
import dk.plenum.meeting.VotingChanges.VoteRecorded;
import java.util.List;
import java.util.Optional;

/**
 * The one function that decides what an audience may see of a meeting and of each event in its log.
 * The public sees a closed item only as its number and title (just the number when the secretariat
 * hid the title), plus the public decision text when there is one: no sections, presenter,
 * attachments, internal decision text, outcome, dissent, corrections (whose reasons and earlier texts
 * may quote the closed decision), when or in whose absence it was decided, how often it was revised, or
 * round-the-table posts under it (not even their author, time or id). The public sees no usernames at
 * all: no event's actor, no decision's {@code recordedBy}, no correction's author. Members and the
 * secretariat see everything.
 * <p>
 * A draft (a meeting the secretariat is preparing and has not published) is seen by its council's secretariat
 * only: {@link #isVisibleTo} is what every channel asks before it shows a meeting at all, and a meeting it may
 * not see is, to that viewer, a meeting that does not exist. An item's change mark is the public's only for an
 * open item. Whether an item is closed can change while the meeting is prepared, so an event that carries an
 * item is redacted when the item was closed then or is closed now.
 *
 * Bilag: the public sees an open Bilag of an open item (its name, and its file: the PDF, its page images
 * and its text); of a closed Bilag, or any Bilag of a closed item, nothing at all, not even its name
 * ({@link #readableBilag} is the one rule every channel that serves a file asks).
 * <p>
 * Votes and conflicts of interest (inhabilitet): the public sees those of open items, and of a closed item nothing
 * at all, not even that there was one: its events reach the public with every field null, and without a time.
 * A decision's quorum mark and named dissenters go with its outcome: the public's for an open item only.
 */
public final class MeetingVisibility {

    private MeetingVisibility() {
    }

    /** Whether the audience may see the meeting at all: a draft is its secretariat's only. */
    public static boolean isVisibleTo(Audience audience, Meeting meeting) {
        return !meeting.draft() || audience == Audience.SECRETARIAT;
    }

    public static Meeting visibleTo(Audience audience, Meeting meeting) {
        if (audience != Audience.PUBLIC) {
            return meeting;
        }
        return meeting.withContent(meeting.items().stream().map(MeetingVisibility::publicItem).toList(),
                meeting.roundTable().stream().filter(post -> isOpen(meeting, post.itemId())).toList())
                .withVoting(publicVoting(meeting));
    }

    /**
     * The event as the audience may see it. {@code meeting} is the meeting's projection (any state at or
     * after the event): whether an item is closed never changes, so it tells how to redact a decision.
     * Every event is kept, only its content thinned, so sequence numbers stay gap-free for every audience.
     */
    public static MeetingEvent visibleTo(Audience audience, MeetingEvent event, Meeting meeting) {
        if (audience != Audience.PUBLIC) {
            return event;
        }
        boolean closed = concernsClosedItem(event.change(), meeting);
        MeetingChange change = switch (event.change()) {
            case MeetingScheduled scheduled -> new MeetingScheduled(scheduled.councilId(), scheduled.councilName(),
                    scheduled.title(), scheduled.kind(), scheduled.startsAt(), scheduled.endsAt(), scheduled.location(),
                    scheduled.participants(), scheduled.items().stream().map(item -> publicItem(item, meeting)).toList(),
                    scheduled.draft());
            case ItemAdded added -> new ItemAdded(publicItem(added.item(), meeting));
            case ItemEdited edited when edited.visibility() == Visibility.CLOSED || !isOpen(meeting, edited.itemId()) ->
                    new ItemEdited(edited.itemId(), titleHidden(edited.titleHidden(), meeting, edited.itemId()) ? null
                            : edited.title(), edited.kind(), edited.visibility(), edited.titleHidden(), null, List.of());
            case DecisionRecorded recorded when closed ->
                    new DecisionRecorded(recorded.itemId(), publicDecision(recorded.decision()));
            case DecisionRecorded recorded ->
                    new DecisionRecorded(recorded.itemId(), withoutUsernames(recorded.decision()));
            // Not even an id: a later edit or withdrawal names the post, and must not be linked to it.
            case RoundTablePosted posted when closed ->
                    new RoundTablePosted(new RoundTablePost(null, null, null, null, null, false));
            case RoundTablePostEdited edited when closed -> new RoundTablePostEdited(edited.postId(), null);
            // A Bilag the public may not see: the event stays, without its name, file or even its id.
            case AttachmentsAdded added -> new AttachmentsAdded(added.itemId(), added.attachments().stream()
                    .filter(attachment -> isPublicBilag(meeting, added.itemId(), attachment.id())).toList());
            case AttachmentRenamed renamed when closed -> new AttachmentRenamed(renamed.itemId(), null, null);
            case AttachmentVisibilitySet set when closed -> new AttachmentVisibilitySet(set.itemId(), null, null);
            case AttachmentReplaced replaced when closed ->
                    new AttachmentReplaced(replaced.itemId(), null, null, null, null, null);
            case AttachmentRemoved removed when closed -> new AttachmentRemoved(removed.itemId(), null);
            case AttachmentsReordered reordered -> new AttachmentsReordered(reordered.itemId(),
                    reordered.attachmentIds().stream().filter(id -> isPublicBilag(meeting, reordered.itemId(), id))
                            .toList());
            case ConflictOfInterestDeclared declared when closed -> new ConflictOfInterestDeclared(null, null);
            case ConflictOfInterestLifted lifted when closed -> new ConflictOfInterestLifted(null, null);
            case VoteRecorded recorded when closed -> new VoteRecorded(null);
            default -> event.change();
        };
        // The event stays (seq has no gaps), but its time would date what happened under the closed item.
        return new MeetingEvent(event.meetingId(), event.seq(), closed ? null : event.at(), null, change);
    }

    private static boolean concernsClosedItem(MeetingChange change, Meeting meeting) {
        return switch (change) {
            case DecisionRecorded recorded -> !isOpen(meeting, recorded.itemId());
            case RoundTablePosted posted -> !isOpen(meeting, posted.post().itemId());
            case RoundTablePostEdited edited -> !isOpen(meeting, itemOfPost(meeting, edited.postId()));
            case AttachmentsAdded added -> added.attachments().stream()
                    .noneMatch(attachment -> isPublicBilag(meeting, added.itemId(), attachment.id()));
            case AttachmentRenamed renamed -> !isPublicBilag(meeting, renamed.itemId(), renamed.attachmentId());
            case AttachmentVisibilitySet set -> !isPublicBilag(meeting, set.itemId(), set.attachmentId());
            case AttachmentReplaced replaced -> !isPublicBilag(meeting, replaced.itemId(), replaced.attachmentId());
            // A removed Bilag is no longer in the meeting: whether it was ever public is not known, so it is not.
            case AttachmentRemoved removed -> true;
            case ConflictOfInterestDeclared declared -> !isOpen(meeting, declared.itemId());
            case ConflictOfInterestLifted lifted -> !isOpen(meeting, lifted.itemId());
            case VoteRecorded recorded -> recorded.vote() == null || !isOpen(meeting, recorded.vote().itemId());
            default -> false;
        };
    }

    /** The item a post was written under; unknown once the post is withdrawn, and then treated as closed. */
    private static String itemOfPost(Meeting meeting, String postId) {
        return meeting.post(postId).map(RoundTablePost::itemId).orElse(null);
    }

    /**
     * The Bilag whose file (the PDF, its page images, its text) the audience may read: any Bilag with a file
     * for members and the secretariat, only an open Bilag of an open item for the public. Empty also when the
     * item or the Bilag does not exist, or it has no file, so a refusal cannot tell a closed Bilag from none.
     */
    public static Optional<Attachment> readableBilag(Audience audience, Meeting meeting, String itemId,
            String attachmentId) {
        return meeting.item(itemId).flatMap(item -> item.attachments().stream()
                        .filter(attachment -> attachment.id().equals(attachmentId))
                        .filter(attachment -> audience != Audience.PUBLIC || isPublic(item, attachment))
                        .findFirst())
                .filter(Attachment::hasFile);
    }

    private static boolean isPublic(AgendaItem item, Attachment attachment) {
        return item.isOpen() && attachment.isOpen();
    }

    /** Whether the public sees this Bilag (by the meeting as it is now); an unknown Bilag is not public. */
    private static boolean isPublicBilag(Meeting meeting, String itemId, String attachmentId) {
        return meeting.item(itemId).flatMap(item -> item.attachments().stream()
                .filter(attachment -> attachment.id().equals(attachmentId))
                .findFirst().map(attachment -> isPublic(item, attachment))).orElse(false);
    }

    private static boolean isOpen(Meeting meeting, String itemId) {
        return itemId != null && meeting.item(itemId).map(AgendaItem::isOpen).orElse(false);
    }

    /** The votes and conflicts of interest of open items. */
    private static Voting publicVoting(Meeting meeting) {
        Voting voting = meeting.voting();
        return new Voting(voting.conflicts().stream().filter(conflict -> isOpen(meeting, conflict.itemId())).toList(),
                voting.votes().stream().filter(vote -> isOpen(meeting, vote.itemId())).toList());
    }

    private static AgendaItem publicItem(AgendaItem item) {
        if (item.isOpen()) {
            List<Attachment> openBilag = item.attachments().stream().filter(Attachment::isOpen).toList();
            if (item.decision() == null && openBilag.size() == item.attachments().size()) {
                return item;
            }
            return item.redacted(item.title(), item.presenter(), item.sections(), openBilag,
                    item.decision() == null ? null : withoutUsernames(item.decision()), item.amended());
        }
        return item.redacted(item.titleHidden() ? null : item.title(), null, List.of(), List.of(),
                publicDecision(item.decision()), null);
    }

    /** An item as an event carries it: closed for the public if it was closed then or is closed now. */
    private static AgendaItem publicItem(AgendaItem item, Meeting meeting) {
        if (item.isOpen() && isOpen(meeting, item.id())) {
            return publicItem(item);
        }
        return item.redacted(titleHidden(item.titleHidden(), meeting, item.id()) ? null : item.title(), null,
                List.of(), List.of(), publicDecision(item.decision()), null);
    }

    private static boolean titleHidden(boolean hiddenThen, Meeting meeting, String itemId) {
        return hiddenThen || meeting.item(itemId).map(AgendaItem::titleHidden).orElse(true);
    }

    private static Decision publicDecision(Decision decision) {
        if (decision == null || decision.publicText() == null) {
            return null;
        }
        // The outcome is withheld too (null): "rejected" can say more than the public text does. So are
        // when and in whose absence it was decided, and how often it was revised (revision 0).
        return new Decision(null, decision.publicText(), decision.publicText(), null, List.of(), null, null, 0,
                List.of());
    }

    /** An open item's decision without the secretaries who recorded or corrected it. */
    private static Decision withoutUsernames(Decision decision) {
        List<Correction> corrections = decision.corrections().stream()
                .map(correction -> new Correction(correction.at(), null, correction.reason(), correction.previousText()))
                .toList();
        return new Decision(decision.outcome(), decision.text(), decision.publicText(), decision.dissent(),
                decision.absentMemberIds(), decision.recordedAt(), null, decision.revision(), corrections,
                decision.withoutQuorum(), decision.dissentingParties(), decision.dissentingMemberIds());
    }
}
