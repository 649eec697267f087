package dk.plenum.visibility;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.AttachmentChanges.AttachmentsAdded;
import dk.plenum.meeting.AttachmentChanges.AttachmentRemoved;
import dk.plenum.meeting.AttachmentChanges.AttachmentRenamed;
import dk.plenum.meeting.AttachmentChanges.AttachmentReplaced;
import dk.plenum.meeting.AttachmentChanges.AttachmentVisibilitySet;
import dk.plenum.meeting.AttachmentChanges.AttachmentsReordered;
import dk.plenum.meeting.Ballot;
import dk.plenum.meeting.BallotChanges.BallotCancelled;
import dk.plenum.meeting.BallotChanges.BallotCast;
import dk.plenum.meeting.BallotChanges.BallotClosed;
import dk.plenum.meeting.BallotChanges.BallotOpened;
import dk.plenum.meeting.BilagChange;
import dk.plenum.meeting.BilagChange.Kind;
import dk.plenum.meeting.Correction;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChange;
import dk.plenum.meeting.MeetingChanges.AttendanceMarked;
import dk.plenum.meeting.MeetingChanges.DecisionRecorded;
import dk.plenum.meeting.MeetingChanges.ItemAdded;
import dk.plenum.meeting.MeetingChanges.ItemEdited;
import dk.plenum.meeting.MeetingChanges.PlannedDepartureSet;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingChanges.RoundTablePostEdited;
import dk.plenum.meeting.MeetingChanges.RoundTablePosted;
import dk.plenum.meeting.MeetingScheduled;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.ProtocolEntry;
import dk.plenum.meeting.ProtocolEntryState;
import dk.plenum.meeting.ProtocolEntryChanges.ProtocolEntryAccepted;
import dk.plenum.meeting.ProtocolEntryChanges.ProtocolEntryRefused;
import dk.plenum.meeting.ProtocolEntryChanges.ProtocolEntryRequested;
import dk.plenum.meeting.RoundTablePost;
import dk.plenum.meeting.SpeakerChanges.ItemSpeakerChange;
import dk.plenum.meeting.Visibility;
import dk.plenum.meeting.Voting;
import dk.plenum.meeting.VotingChanges.ConflictOfInterestDeclared;
import dk.plenum.meeting.VotingChanges.ConflictOfInterestLifted;
import dk.plenum.meeting.VotingChanges.VoteRecorded;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
 * ({@link #readableBilag} is the one rule every channel that serves a file asks), nor that it changed. For the
 * public, a Bilag that is opened is added, and one that is closed is removed, in the events as in the item's
 * marks of what changed after publication.
 * <p>
 * Protocol entries (protokoltilførsler): a pending or refused entry is seen by its author and the secretariat
 * only, and a pending one also by the meeting's chair while present (who may accept or refuse it); an accepted one by members, and by the public when its item is open. In the event log, members get a
 * request without its author or text and a refusal without its note (the full stream is one copy for every
 * member); the public gets neither, and an accepted entry only of an open item.
 * <p>
 * Speaker lists: the public sees who has the floor and who waits on an open item; of a closed item's list
 * nothing, not even that it exists (its events reach the public without item or member).
 * <p>
 * Votes and conflicts of interest (inhabilitet): the public sees those of open items, and of a closed item nothing
 * at all, not even that there was one: its events reach the public with every field null, and without a time.
 * A decision's quorum mark and named dissenters go with its outcome: the public's for an open item only.
 * <p>
 * An electronic vote while it is open: the secretariat sees each member's choice in a named vote; members see that
 * it is open and who has voted, never what, until it closes and its result is the item's vote. The public sees that a
 * vote is open on an open item, not who has voted: each ballot cast is {@linkplain #isWithheldFrom withheld} from
 * its log and stream entirely (decision 0015). A secret ballot's choices are in no copy at all. Of a closed item's
 * vote the public learns nothing, not even that one was opened or cancelled.
 * <p>
 * Attendance notes: why a member sent an apology is the secretariat's and that member's only (it can be about their
 * health or family), not other members', and never the public's: members' and the public's events carry an apology
 * without its reason. When a present member said they will leave early is the council's (members and the
 * secretariat), not the public's: the public gets the event empty and undated, and sees the departure only when it
 * happens, as attendance.
 */
public final class MeetingVisibility {

    /**
     * What a change to Bilag the public may not see is to the public: Bilag added to no item, none. The event
     * keeps its place in the log (sequence numbers stay gap-free) and tells nothing else, not even its time.
     */
    private static final AttachmentsAdded NOTHING_PUBLIC = new AttachmentsAdded(null, List.of());

    private MeetingVisibility() {
    }

    /** Whether the audience may see the meeting at all: a draft is its secretariat's only. */
    public static boolean isVisibleTo(Audience audience, Meeting meeting) {
        return !meeting.draft() || audience == Audience.SECRETARIAT;
    }

    /** The meeting as the audience may see it, with no one's pending or refused protocol entries for members. */
    public static Meeting visibleTo(Audience audience, Meeting meeting) {
        return visibleTo(audience, meeting, null);
    }

    /**
     * The meeting as one viewer may see it: as {@link #visibleTo(Audience, Meeting)}, and a member
     * ({@code viewerMemberId}, null for nobody in particular) also sees their own pending and refused protocol
     * entries.
     */
    public static Meeting visibleTo(Audience audience, Meeting meeting, String viewerMemberId) {
        List<ProtocolEntry> entries = meeting.protocolEntries().stream()
                .filter(entry -> isEntryVisible(audience, meeting, entry, viewerMemberId)).toList();
        if (audience == Audience.SECRETARIAT) {
            return meeting;
        }
        if (audience == Audience.MEMBER) {
            return meeting.withProtocolEntries(entries).withVoting(meeting.voting()
                    .withBallot(ballotWithoutChoices(meeting.voting().ballot())))
                    .withParticipants(meeting.participants().stream().map(participant -> participant
                            .withoutNotes(!participant.memberId().equals(viewerMemberId), false)).toList());
        }
        return meeting.withParticipants(meeting.participants().stream()
                        .map(participant -> participant.withoutNotes(true, true)).toList())
                .withContent(meeting.items().stream().map(MeetingVisibility::publicItem).toList(),
                meeting.roundTable().stream().filter(post -> isOpen(meeting, post.itemId())).toList())
                .withProtocolEntries(entries)
                .withSpeakers(meeting.speakers().onlyOf(itemId -> isOpen(meeting, itemId)))
                .withVoting(publicVoting(meeting));
    }

    private static boolean isEntryVisible(Audience audience, Meeting meeting, ProtocolEntry entry,
            String viewerMemberId) {
        return switch (audience) {
            case SECRETARIAT -> true;
            // The chair, present, decides on entries beside the secretariat, so reads those waiting.
            case MEMBER -> entry.isAccepted() || entry.memberId().equals(viewerMemberId) || entry.state() == ProtocolEntryState.PENDING
                    && viewerMemberId != null && meeting.participant(viewerMemberId).filter(Participant::chairsPresent)
                            .isPresent();
            case PUBLIC -> entry.isAccepted() && isOpen(meeting, entry.itemId());
        };
    }

    /**
     * Whether the audience gets nothing of the event at all, not even its place in the log: its stream and its
     * events list skip the seq (a stream message names the seq before it on the same topic). Only a ballot cast, for
     * the public: the one event a council sends dozens of within seconds, which tells the public nothing it may know
     * (decision 0015). Every other event reaches every audience, thinned by {@link #visibleTo(Audience, MeetingEvent,
     * Meeting)}.
     */
    public static boolean isWithheldFrom(Audience audience, MeetingEvent event) {
        return audience == Audience.PUBLIC && event.change() instanceof BallotCast;
    }

    /**
     * The event as the audience may see it. {@code meeting} is the meeting's projection (any state at or
     * after the event): whether an item is closed never changes, so it tells how to redact a decision.
     * Every event but those {@linkplain #isWithheldFrom withheld} is kept, only its content thinned.
     */
    public static MeetingEvent visibleTo(Audience audience, MeetingEvent event, Meeting meeting) {
        if (audience == Audience.MEMBER) {
            return forMembers(event);
        }
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
            case AttachmentsAdded added -> publicBilagChange(added, meeting);
            case AttachmentRenamed renamed -> publicBilagChange(renamed, meeting);
            case AttachmentVisibilitySet set -> publicBilagChange(set, meeting);
            case AttachmentsReordered reordered -> publicBilagChange(reordered, meeting);
            case AttachmentReplaced replaced -> publicBilagChange(replaced, meeting);
            // Removable only while the agenda is a draft, which the public never saw.
            case AttachmentRemoved removed -> NOTHING_PUBLIC;
            // A pending or refused entry is its author's and the secretariat's: the public learns not even its id.
            case ProtocolEntryRequested requested -> new ProtocolEntryRequested(null, null, null, null);
            case ProtocolEntryRefused refused -> new ProtocolEntryRefused(null, null);
            case ProtocolEntryAccepted accepted when closed -> new ProtocolEntryAccepted(null, null, null, null);
            case ItemSpeakerChange speakerChange when closed -> speakerChange.hidden();
            case ConflictOfInterestDeclared declared when closed -> new ConflictOfInterestDeclared(null, null);
            case ConflictOfInterestLifted lifted when closed -> new ConflictOfInterestLifted(null, null);
            case VoteRecorded recorded when closed -> new VoteRecorded(null);
            case BallotOpened opened when closed -> new BallotOpened(null, null);
            case BallotCast cast -> new BallotCast(null, null, null);
            case BallotClosed ballotClosed when closed -> new BallotClosed(null);
            case BallotCancelled cancelled when closed -> new BallotCancelled(null);
            case AttendanceMarked marked when marked.reason() != null -> withoutReason(marked);
            case PlannedDepartureSet planned -> new PlannedDepartureSet(null, null);
            default -> event.change();
        };
        // The event stays (seq has no gaps), but its time would date what happened under the closed item.
        boolean dated = !closed && change != NOTHING_PUBLIC;
        return new MeetingEvent(event.meetingId(), event.seq(), dated ? event.at() : null, null, change);
    }

    /** Members see every event whole but a protocol entry's request (author, text) and refusal (note, secretary). */
    private static MeetingEvent forMembers(MeetingEvent event) {
        MeetingChange change = switch (event.change()) {
            case ProtocolEntryRequested requested ->
                    new ProtocolEntryRequested(requested.entryId(), requested.itemId(), null, null);
            case ProtocolEntryRefused refused -> new ProtocolEntryRefused(refused.entryId(), null);
            // A named vote's choices are the secretariat's until the vote closes and its result is published.
            case BallotCast cast when cast.choice() != null -> new BallotCast(cast.itemId(), cast.memberId(), null);
            case AttendanceMarked marked when marked.reason() != null -> withoutReason(marked);
            default -> event.change();
        };
        // Nor who sent it: the actor of a request is its author.
        return change == event.change() ? event
                : new MeetingEvent(event.meetingId(), event.seq(), event.at(), null, change);
    }

    /** An apology as anyone but the secretariat and its author sees it: that it was sent, not why. */
    private static AttendanceMarked withoutReason(AttendanceMarked marked) {
        return new AttendanceMarked(marked.memberId(), marked.status(), marked.substituteFor(), null);
    }

    private static boolean concernsClosedItem(MeetingChange change, Meeting meeting) {
        return switch (change) {
            // Not the public's at all, so not even when it happened.
            case PlannedDepartureSet planned -> true;
            // Neither is the public's at all, so not even when it happened.
            case ProtocolEntryRequested requested -> true;
            case ProtocolEntryRefused refused -> true;
            case ProtocolEntryAccepted accepted -> !isOpen(meeting, accepted.itemId());
            case DecisionRecorded recorded -> !isOpen(meeting, recorded.itemId());
            case RoundTablePosted posted -> !isOpen(meeting, posted.post().itemId());
            case RoundTablePostEdited edited -> !isOpen(meeting, itemOfPost(meeting, edited.postId()));
            case ItemSpeakerChange speakerChange -> !isOpen(meeting, speakerChange.itemId());
            case ConflictOfInterestDeclared declared -> !isOpen(meeting, declared.itemId());
            case ConflictOfInterestLifted lifted -> !isOpen(meeting, lifted.itemId());
            case VoteRecorded recorded -> recorded.vote() == null || !isOpen(meeting, recorded.vote().itemId());
            case BallotOpened opened -> !isOpen(meeting, opened.itemId());
            case BallotCast cast -> true; // withheld from the public entirely (isWithheldFrom)
            case BallotClosed ballotClosed -> ballotClosed.vote() == null
                    || !isOpen(meeting, ballotClosed.vote().itemId());
            case BallotCancelled cancelled -> !isOpen(meeting, cancelled.itemId());
            default -> false;
        };
    }

    /**
     * A change to Bilag as the public may know it, judged by the meeting as it is now. A change to a Bilag the
     * public does not see (a closed one, any of a closed item, one removed) tells it nothing: not that something
     * changed, nor where. A Bilag that becomes open is, for the public, a Bilag added (after the item's others,
     * as it is now); one that becomes closed, a Bilag removed.
     */
    private static MeetingChange publicBilagChange(MeetingChange change, Meeting meeting) {
        return switch (change) {
            case AttachmentsAdded added -> {
                // Added closed and opened later, it is added for the public when it is opened.
                List<Attachment> visible = added.attachments().stream().filter(Attachment::isOpen)
                        .filter(attachment -> isPublicBilag(meeting, added.itemId(), attachment.id())).toList();
                yield visible.isEmpty() ? NOTHING_PUBLIC : new AttachmentsAdded(added.itemId(), visible);
            }
            case AttachmentRenamed renamed when isPublicBilag(meeting, renamed.itemId(), renamed.attachmentId()) ->
                    renamed;
            case AttachmentReplaced replaced when isPublicBilag(meeting, replaced.itemId(), replaced.attachmentId()) ->
                    replaced;
            case AttachmentVisibilitySet set when set.visibility() == Visibility.OPEN -> meeting.item(set.itemId())
                    .flatMap(item -> item.attachments().stream()
                            .filter(attachment -> attachment.id().equals(set.attachmentId()))
                            .filter(attachment -> isPublic(item, attachment)).findFirst())
                    .<MeetingChange>map(attachment -> new AttachmentsAdded(set.itemId(), List.of(attachment)))
                    .orElse(NOTHING_PUBLIC);
            case AttachmentVisibilitySet set when isOpen(meeting, set.itemId()) ->
                    new AttachmentRemoved(set.itemId(), set.attachmentId());
            case AttachmentsReordered reordered -> {
                List<String> visible = reordered.attachmentIds().stream()
                        .filter(id -> isPublicBilag(meeting, reordered.itemId(), id)).toList();
                // One Bilag, or none, has no order to change.
                yield visible.size() < 2 ? NOTHING_PUBLIC : new AttachmentsReordered(reordered.itemId(), visible);
            }
            default -> NOTHING_PUBLIC;
        };
    }

    /**
     * The item's Bilag changes as the public may know them, for an open item (judged by its Bilag as they are
     * now, like the events): a change to a Bilag it sees now that was open when it was made; a Bilag opened as
     * added; a Bilag closed, or an open one removed, as "a Bilag removed" without its name; a reorder only if the
     * order of the Bilag it sees changed.
     */
    private static List<BilagChange> publicBilagChanges(AgendaItem item) {
        Set<String> seen = item.attachments().stream().filter(Attachment::isOpen).map(Attachment::id)
                .collect(Collectors.toSet());
        return item.bilagChanges().stream().map(change -> switch (change.kind()) {
            case REORDERED -> {
                List<String> before = change.orderBefore().stream().filter(seen::contains).toList();
                List<String> after = change.orderAfter().stream().filter(seen::contains).toList();
                yield before.equals(after) ? null : BilagChange.unnamed(change.at(), Kind.REORDERED, before, after);
            }
            case CLOSED -> BilagChange.unnamed(change.at(), Kind.REMOVED, List.of(), List.of());
            case REMOVED -> change.visibility() == Visibility.OPEN
                    ? BilagChange.unnamed(change.at(), Kind.REMOVED, List.of(), List.of()) : null;
            case OPENED -> seen.contains(change.attachmentId())
                    ? new BilagChange(change.at(), Kind.ADDED, change.attachmentId(), change.name(), Visibility.OPEN,
                            List.of(), List.of())
                    : null;
            case ADDED, RENAMED, REPLACED -> seen.contains(change.attachmentId())
                    && change.visibility() == Visibility.OPEN ? change : null;
        }).filter(Objects::nonNull).toList();
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

    /**
     * The item whose content (its text, its Bilag) the audience may read: every item for members and the
     * secretariat, only an open one for the public. Empty also when the item does not exist, so a refusal cannot
     * tell a closed item from none. What a member may write their own notes on (notes module).
     */
    public static Optional<AgendaItem> readableItem(Audience audience, Meeting meeting, String itemId) {
        return meeting.item(itemId).filter(item -> audience != Audience.PUBLIC || item.isOpen());
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

    /** The votes and conflicts of interest of open items, and an electronic vote open on one without its voters. */
    private static Voting publicVoting(Meeting meeting) {
        Voting voting = meeting.voting();
        Ballot ballot = voting.ballot() != null && isOpen(meeting, voting.ballot().itemId())
                ? voting.ballot().withoutVoters() : null;
        return new Voting(voting.conflicts().stream().filter(conflict -> isOpen(meeting, conflict.itemId())).toList(),
                voting.votes().stream().filter(vote -> isOpen(meeting, vote.itemId())).toList(), ballot);
    }

    /** Who has voted, not what: how an open electronic vote is seen by anyone but the secretariat. */
    private static Ballot ballotWithoutChoices(Ballot ballot) {
        return ballot == null ? null : ballot.withoutChoices();
    }

    private static AgendaItem publicItem(AgendaItem item) {
        if (item.isOpen()) {
            List<Attachment> openBilag = item.attachments().stream().filter(Attachment::isOpen).toList();
            return item.redacted(item.title(), item.presenter(), item.sections(), openBilag,
                    item.decision() == null ? null : withoutUsernames(item.decision()), item.amended(),
                    publicBilagChanges(item));
        }
        return item.redacted(item.titleHidden() ? null : item.title(), null, List.of(), List.of(),
                publicDecision(item.decision()), null, List.of());
    }

    /** An item as an event carries it: closed for the public if it was closed then or is closed now. */
    private static AgendaItem publicItem(AgendaItem item, Meeting meeting) {
        if (item.isOpen() && isOpen(meeting, item.id())) {
            return publicItem(item);
        }
        return item.redacted(titleHidden(item.titleHidden(), meeting, item.id()) ? null : item.title(), null,
                List.of(), List.of(), publicDecision(item.decision()), null, List.of());
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
