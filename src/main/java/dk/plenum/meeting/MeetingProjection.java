package dk.plenum.meeting;

import dk.plenum.meeting.AttachmentChanges.AttachmentsAdded;
import dk.plenum.meeting.AttachmentChanges.AttachmentRemoved;
import dk.plenum.meeting.AttachmentChanges.AttachmentRenamed;
import dk.plenum.meeting.AttachmentChanges.AttachmentReplaced;
import dk.plenum.meeting.AttachmentChanges.AttachmentVisibilitySet;
import dk.plenum.meeting.AttachmentChanges.AttachmentsReordered;
import dk.plenum.meeting.BallotChanges.BallotCancelled;
import dk.plenum.meeting.BallotChanges.BallotCast;
import dk.plenum.meeting.BallotChanges.BallotClosed;
import dk.plenum.meeting.BallotChanges.BallotOpened;
import dk.plenum.meeting.MeetingChanges.AttendanceMarked;
import dk.plenum.meeting.MeetingChanges.CurrentItemSet;
import dk.plenum.meeting.MeetingChanges.DecisionRecorded;
import dk.plenum.meeting.MeetingChanges.ItemAdded;
import dk.plenum.meeting.MeetingChanges.ItemEdited;
import dk.plenum.meeting.MeetingChanges.ItemWithdrawn;
import dk.plenum.meeting.MeetingChanges.ItemsReordered;
import dk.plenum.meeting.MeetingChanges.MeetingAdjourned;
import dk.plenum.meeting.MeetingChanges.MeetingCancelled;
import dk.plenum.meeting.MeetingChanges.MeetingClosed;
import dk.plenum.meeting.MeetingChanges.MeetingDetailsEdited;
import dk.plenum.meeting.MeetingChanges.MeetingMoved;
import dk.plenum.meeting.MeetingChanges.MeetingPublished;
import dk.plenum.meeting.MeetingChanges.PlannedDepartureSet;
import dk.plenum.meeting.MeetingChanges.MeetingStarted;
import dk.plenum.meeting.MeetingChanges.MinutesApproved;
import dk.plenum.meeting.MeetingChanges.RoundTablePostEdited;
import dk.plenum.meeting.MeetingChanges.RoundTablePostWithdrawn;
import dk.plenum.meeting.MeetingChanges.RoundTablePosted;
import dk.plenum.meeting.ProtocolEntryChanges.ProtocolEntryAccepted;
import dk.plenum.meeting.ProtocolEntryChanges.ProtocolEntryRefused;
import dk.plenum.meeting.ProtocolEntryChanges.ProtocolEntryRequested;
import dk.plenum.meeting.SpeakerChanges.ItemSpeakerChange;
import dk.plenum.meeting.SpeakerChanges.MeetingSpeakingTimeSet;
import dk.plenum.meeting.VotingChanges.ConflictOfInterestDeclared;
import dk.plenum.meeting.VotingChanges.ConflictOfInterestLifted;
import dk.plenum.meeting.VotingChanges.VoteRecorded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Folds events into the {@link Meeting} projection: the only place that knows what each event does.
 * It trusts the events (the services validated the commands before appending them) and is a pure
 * function, so replaying a log always gives the same meeting.
 */
public final class MeetingProjection {

    private MeetingProjection() {
    }

    /**
     * How every follower of a meeting keeps its copy current: {@code shown} (null before the first event) with
     * {@code events} applied in order. Events it already holds are skipped (a viewer's own command showed them
     * first); a gap fails, as {@link #apply} does.
     */
    public static Meeting applyAll(Meeting shown, Iterable<MeetingEvent> events) {
        Meeting current = shown;
        for (MeetingEvent event : events) {
            if (current == null || event.seq() > current.lastSeq()) {
                current = apply(current, event);
            }
        }
        return current;
    }

    /** The meeting after {@code event}; {@code before} is null for the first event of a meeting. */
    public static Meeting apply(Meeting before, MeetingEvent event) {
        if (before != null && !before.id().equals(event.meetingId())) {
            throw new IllegalStateException("Event " + event.seq() + " of meeting " + event.meetingId()
                    + " applied to meeting " + before.id());
        }
        long expected = before == null ? 1 : before.lastSeq() + 1;
        if (event.seq() != expected) {
            throw new IllegalStateException("Event " + event.seq() + " of meeting " + event.meetingId()
                    + " does not follow " + (expected - 1));
        }
        if (event.change() instanceof MeetingScheduled scheduled) {
            return new Meeting(event.meetingId(), scheduled.councilId(), scheduled.councilName(), scheduled.title(),
                    scheduled.kind(), scheduled.startsAt(), scheduled.endsAt(), scheduled.location(),
                    MeetingStatus.SCHEDULED, scheduled.participants(), scheduled.items(), null, List.of(), null, null,
                    null, scheduled.draft(), event.seq());
        }
        Draft draft = new Draft(before);
        switch (event.change()) {
            case MeetingStarted started -> {
                draft.status = MeetingStatus.LIVE;
                draft.startedAt = draft.startedAt == null ? event.at() : draft.startedAt;
            }
            case CurrentItemSet current -> {
                draft.currentItemId = current.itemId();
                draft.items.replaceAll(item -> item.id().equals(current.itemId()) ? item.becameCurrent(event.at()) : item);
            }
            case DecisionRecorded recorded -> draft.items.replaceAll(
                    item -> item.id().equals(recorded.itemId()) ? item.withDecision(recorded.decision()) : item);
            case ItemAdded added -> draft.items.add(draft.draft ? added.item()
                    : added.item().withAmendment(new ItemAmendment(event.at(), List.of("added"), List.of())));
            case ItemsReordered reordered -> draft.reorder(reordered.itemIds());
            case AttendanceMarked marked -> draft.participants.replaceAll(participant ->
                    participant.memberId().equals(marked.memberId())
                            ? participant.withAttendance(marked.status(), marked.substituteFor(), marked.reason())
                            : participant);
            case PlannedDepartureSet planned -> draft.participants.replaceAll(participant ->
                    participant.memberId().equals(planned.memberId())
                            ? participant.withPlannedDeparture(planned.departure())
                            : participant);
            case RoundTablePosted posted -> draft.roundTable.add(posted.post());
            case RoundTablePostEdited edited -> draft.replacePost(edited.postId(), post -> new RoundTablePost(
                    post.id(), post.itemId(), post.memberId(), edited.text(), post.postedAt(), true));
            case RoundTablePostWithdrawn withdrawn -> draft.roundTable.removeIf(
                    post -> post.id().equals(withdrawn.postId()));
            case MeetingAdjourned adjourned -> draft.status = MeetingStatus.ADJOURNED;
            case MeetingClosed closed -> {
                draft.status = MeetingStatus.CLOSED;
                draft.endedAt = event.at();
            }
            case MinutesApproved approved -> draft.minutesApprovedAt = event.at();
            case MeetingPublished published -> draft.draft = false;
            case MeetingDetailsEdited edited -> {
                draft.title = edited.title();
                draft.kind = edited.kind();
                draft.location = edited.location();
            }
            case MeetingMoved moved -> {
                draft.startsAt = moved.startsAt();
                draft.endsAt = moved.endsAt();
            }
            case MeetingCancelled cancelled -> draft.status = MeetingStatus.CANCELLED;
            case ItemEdited edited -> draft.items.replaceAll(item -> item.id().equals(edited.itemId())
                    ? draft.amended(item.withContent(edited), amendment(item, edited, event.at())) : item);
            case ItemWithdrawn withdrawn -> draft.items.replaceAll(item -> item.id().equals(withdrawn.itemId())
                    ? draft.amended(item.asWithdrawn(), new ItemAmendment(event.at(), List.of("withdrawn"), List.of()))
                    : item);
            case AttachmentsAdded added -> {
                draft.changeAttachments(added.itemId(), attachments -> attachments.addAll(added.attachments()));
                added.attachments().forEach(attachment ->
                        draft.markBilag(added.itemId(), new BilagChange(event.at(), BilagChange.Kind.ADDED, attachment)));
            }
            case AttachmentRenamed renamed -> {
                boolean renames = draft.attachment(renamed.itemId(), renamed.attachmentId())
                        .filter(attachment -> !attachment.name().equals(renamed.name())).isPresent();
                draft.changeAttachment(renamed.itemId(), renamed.attachmentId(),
                        attachment -> attachment.named(renamed.name()));
                if (renames) {
                    draft.markBilag(renamed.itemId(), renamed.attachmentId(), BilagChange.Kind.RENAMED, event.at());
                }
            }
            case AttachmentVisibilitySet set -> {
                boolean changes = draft.attachment(set.itemId(), set.attachmentId())
                        .filter(attachment -> attachment.visibility() != set.visibility()).isPresent();
                draft.changeAttachment(set.itemId(), set.attachmentId(),
                        attachment -> attachment.withVisibility(set.visibility()));
                if (changes) {
                    draft.markBilag(set.itemId(), set.attachmentId(), set.visibility() == Visibility.OPEN
                            ? BilagChange.Kind.OPENED : BilagChange.Kind.CLOSED, event.at());
                }
            }
            case AttachmentsReordered reordered -> {
                List<String> orderBefore = draft.attachmentIds(reordered.itemId());
                draft.changeAttachments(reordered.itemId(), attachments ->
                        attachments.sort(Comparator.comparingInt(attachment ->
                                reordered.attachmentIds().indexOf(attachment.id()))));
                List<String> orderAfter = draft.attachmentIds(reordered.itemId());
                if (!orderBefore.equals(orderAfter)) {
                    draft.markBilag(reordered.itemId(),
                            BilagChange.unnamed(event.at(), BilagChange.Kind.REORDERED, orderBefore, orderAfter));
                }
            }
            case AttachmentReplaced replaced -> {
                draft.changeAttachment(replaced.itemId(), replaced.attachmentId(),
                        attachment -> attachment.withFile(replaced));
                draft.markBilag(replaced.itemId(), replaced.attachmentId(), BilagChange.Kind.REPLACED, event.at());
            }
            case AttachmentRemoved removed -> {
                draft.markBilag(removed.itemId(), removed.attachmentId(), BilagChange.Kind.REMOVED, event.at());
                draft.changeAttachments(removed.itemId(), attachments ->
                        attachments.removeIf(attachment -> attachment.id().equals(removed.attachmentId())));
            }
            case ProtocolEntryRequested requested -> draft.protocolEntries.add(new ProtocolEntry(requested.entryId(),
                    requested.itemId(), requested.memberId(), requested.text(), event.at(), ProtocolEntryState.PENDING,
                    null));
            case ProtocolEntryAccepted accepted -> draft.protocolEntries.replaceAll(
                    entry -> entry.id().equals(accepted.entryId()) ? entry.accepted() : entry);
            case ProtocolEntryRefused refused -> draft.protocolEntries.replaceAll(
                    entry -> entry.id().equals(refused.entryId()) ? entry.refused(refused.note()) : entry);
            case ItemTimePlanned planned -> draft.items.replaceAll(item -> item.id().equals(planned.itemId())
                    ? item.withPlannedMinutes(planned.plannedMinutes()) : item);
            case ItemSpeakerChange speakerChange -> draft.speakers = draft.speakers.after(speakerChange, event.at());
            case MeetingSpeakingTimeSet set -> draft.speakers = draft.speakers.withLimit(set.seconds());
            case ConflictOfInterestDeclared declared -> draft.changeVoting(voting -> declared.memberId() == null
                    ? voting : voting.declared(new ConflictOfInterest(declared.itemId(), declared.memberId())));
            case ConflictOfInterestLifted lifted -> draft.changeVoting(voting -> lifted.memberId() == null
                    ? voting : voting.lifted(new ConflictOfInterest(lifted.itemId(), lifted.memberId())));
            case VoteRecorded recorded -> draft.changeVoting(voting -> recorded.vote() == null
                    ? voting : voting.recorded(recorded.vote()));
            case BallotOpened opened -> draft.changeVoting(voting -> opened.itemId() == null
                    ? voting : voting.withBallot(new Ballot(opened.itemId(), Boolean.TRUE.equals(opened.secret()),
                            event.seq(), List.of())));
            case BallotCast cast -> draft.changeVoting(voting -> cast.memberId() == null
                    ? voting : voting.cast(new Ballot.Cast(cast.memberId(), cast.choice())));
            // Only one ballot is open at a time: the one closed now, whichever copy of the event this is.
            case BallotClosed closed -> draft.changeVoting(voting -> closed.vote() == null
                    ? voting.withBallot(null) : voting.recorded(closed.vote()).withBallot(null));
            // As a close, the one open ballot ends, but its ballots are discarded and no vote is recorded.
            case BallotCancelled cancelled -> draft.changeVoting(voting -> voting.withBallot(null));
            case MeetingScheduled again -> throw new IllegalStateException(
                    "Meeting " + event.meetingId() + " is scheduled twice");
        }
        return draft.build(event.seq());
    }

    /** What {@code edited} changes of {@code item}: its fields by name, and the sections written, added or removed. */
    private static ItemAmendment amendment(AgendaItem item, ItemEdited edited, Instant at) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(item.title(), edited.title())) {
            parts.add("title");
        }
        if (item.kind() != edited.kind()) {
            parts.add("kind");
        }
        if (item.visibility() != edited.visibility()) {
            parts.add("visibility");
        }
        if (item.titleHidden() != edited.titleHidden()) {
            parts.add("titleHidden");
        }
        if (!Objects.equals(item.presenter(), edited.presenter())) {
            parts.add("presenter");
        }
        List<String> sections = new ArrayList<>();
        edited.sections().stream().filter(section -> !item.sections().contains(section))
                .forEach(section -> sections.add(section.heading()));
        item.sections().stream().filter(section -> !edited.sections().contains(section))
                .map(Section::heading).filter(heading -> !sections.contains(heading)).forEach(sections::add);
        return new ItemAmendment(at, parts, sections.stream().distinct().toList());
    }

    /** The mutable working copy one event is applied to. */
    private static final class Draft {

        private final Meeting before;
        private final List<AgendaItem> items;
        private final List<Participant> participants;
        private final List<RoundTablePost> roundTable;
        private final List<ProtocolEntry> protocolEntries;
        private MeetingStatus status;
        private String currentItemId;
        private Instant startedAt;
        private Instant endedAt;
        private Instant minutesApprovedAt;
        private String title;
        private MeetingKind kind;
        private Instant startsAt;
        private Instant endsAt;
        private String location;
        private boolean draft;
        private SpeakerLists speakers;
        private Voting voting;

        Draft(Meeting before) {
            this.before = before;
            this.items = new ArrayList<>(before.items());
            this.participants = new ArrayList<>(before.participants());
            this.roundTable = new ArrayList<>(before.roundTable());
            this.protocolEntries = new ArrayList<>(before.protocolEntries());
            this.status = before.status();
            this.currentItemId = before.currentItemId();
            this.startedAt = before.startedAt();
            this.endedAt = before.endedAt();
            this.minutesApprovedAt = before.minutesApprovedAt();
            this.title = before.title();
            this.kind = before.kind();
            this.startsAt = before.startsAt();
            this.endsAt = before.endsAt();
            this.location = before.location();
            this.draft = before.draft();
            this.speakers = before.speakers();
            this.voting = before.voting();
        }

        /** A closed item's event as the public has it names nothing (see {@link VotingChanges}): it changes nothing. */
        void changeVoting(UnaryOperator<Voting> change) {
            voting = change.apply(voting);
        }

        /**
         * The item after a change: marked with what changed once the meeting is published (a draft is still being
         * written, and nobody but the secretariat has read it); a change that changed nothing leaves the mark.
         */
        AgendaItem amended(AgendaItem changed, ItemAmendment amendment) {
            boolean changedSomething = !amendment.parts().isEmpty() || !amendment.sections().isEmpty();
            return draft || !changedSomething ? changed : changed.withAmendment(amendment);
        }

        /** Puts the items in the given order and numbers them on from the agenda's first number. */
        void reorder(List<String> itemIds) {
            int first = items.stream().mapToInt(AgendaItem::number).min().orElse(1);
            items.sort(Comparator.comparingInt(item -> itemIds.indexOf(item.id())));
            items.replaceAll(item -> item.withNumber(first + items.indexOf(item)));
        }

        /** Changes one item's list of Bilag in place. */
        void changeAttachments(String itemId, Consumer<List<Attachment>> change) {
            items.replaceAll(item -> {
                if (!item.id().equals(itemId)) {
                    return item;
                }
                List<Attachment> attachments = new ArrayList<>(item.attachments());
                change.accept(attachments);
                return item.withAttachments(attachments);
            });
        }

        void changeAttachment(String itemId, String attachmentId, UnaryOperator<Attachment> change) {
            changeAttachments(itemId, attachments -> attachments.replaceAll(
                    attachment -> attachment.id().equals(attachmentId) ? change.apply(attachment) : attachment));
        }

        Optional<Attachment> attachment(String itemId, String attachmentId) {
            return items.stream().filter(item -> item.id().equals(itemId)).findFirst()
                    .flatMap(item -> item.attachments().stream()
                            .filter(attachment -> attachment.id().equals(attachmentId)).findFirst());
        }

        List<String> attachmentIds(String itemId) {
            return items.stream().filter(item -> item.id().equals(itemId)).findFirst()
                    .map(item -> item.attachments().stream().map(Attachment::id).toList()).orElse(List.of());
        }

        /**
         * Marks the change on the item once the meeting is published (before, nobody but the secretariat has read
         * the agenda).
         */
        void markBilag(String itemId, BilagChange change) {
            if (!draft) {
                items.replaceAll(item -> item.id().equals(itemId) ? item.withBilagChange(change) : item);
            }
        }

        /** Marks a change to one Bilag, named and shown as it is now. */
        void markBilag(String itemId, String attachmentId, BilagChange.Kind kind, Instant at) {
            attachment(itemId, attachmentId).ifPresent(attachment ->
                    markBilag(itemId, new BilagChange(at, kind, attachment)));
        }

        void replacePost(String postId, UnaryOperator<RoundTablePost> change) {
            roundTable.replaceAll(post -> post.id().equals(postId) ? change.apply(post) : post);
        }

        Meeting build(long lastSeq) {
            return new Meeting(before.id(), before.councilId(), before.councilName(), title, kind, startsAt, endsAt,
                    location, status, participants, items, currentItemId, roundTable, startedAt, endedAt,
                    minutesApprovedAt, draft, lastSeq, protocolEntries, speakers, voting);
        }
    }
}
