package dk.plenum.meeting;

/**
 * What an event says happened to a meeting. Each kind of change is a record; {@link MeetingProjection}
 * knows how each one moves the projection forward.
 */
public sealed interface MeetingChange permits MeetingScheduled, MeetingChanges.MeetingStarted,
        MeetingChanges.CurrentItemSet, MeetingChanges.DecisionRecorded, MeetingChanges.ItemAdded,
        MeetingChanges.ItemsReordered, MeetingChanges.AttendanceMarked, MeetingChanges.PlannedDepartureSet,
        MeetingChanges.RoundTablePosted,
        MeetingChanges.RoundTablePostEdited, MeetingChanges.RoundTablePostWithdrawn, MeetingChanges.MeetingAdjourned,
        MeetingChanges.MeetingClosed, MeetingChanges.MinutesApproved, MeetingChanges.MeetingPublished,
        MeetingChanges.MeetingDetailsEdited, MeetingChanges.MeetingMoved, MeetingChanges.MeetingCancelled,
        MeetingChanges.ItemEdited, MeetingChanges.ItemWithdrawn,
        AttachmentChanges.AttachmentsAdded,
        AttachmentChanges.AttachmentRenamed, AttachmentChanges.AttachmentVisibilitySet,
        AttachmentChanges.AttachmentsReordered, AttachmentChanges.AttachmentReplaced,
        AttachmentChanges.AttachmentRemoved,
        ProtocolEntryChanges.ProtocolEntryRequested, ProtocolEntryChanges.ProtocolEntryAccepted,
        ProtocolEntryChanges.ProtocolEntryRefused, ItemTimePlanned,
        SpeakerChanges.SpeakerRequested, SpeakerChanges.SpeakerWithdrawn, SpeakerChanges.FloorGiven,
        SpeakerChanges.FloorEnded, SpeakerChanges.SpeakersReordered, SpeakerChanges.SpeakerListClosed,
        SpeakerChanges.SpeakerListReopened, SpeakerChanges.ItemSpeakingTimeSet, SpeakerChanges.MeetingSpeakingTimeSet,
        VotingChanges.ConflictOfInterestDeclared, VotingChanges.ConflictOfInterestLifted,
        VotingChanges.VoteRecorded, BallotChanges.BallotOpened, BallotChanges.BallotCast,
        BallotChanges.BallotClosed, BallotChanges.BallotCancelled {

    /** The stable name stored with the event and shown to API clients, e.g. {@code MEETING_SCHEDULED}. */
    default String type() {
        return storedAs(getClass()).type();
    }

    /** How events of {@code changeClass} are stored; every kind of change declares it. */
    static StoredEvent storedAs(Class<? extends MeetingChange> changeClass) {
        StoredEvent stored = changeClass.getAnnotation(StoredEvent.class);
        if (stored == null) {
            throw new IllegalStateException(changeClass.getName() + " does not say how it is stored (@StoredEvent)");
        }
        return stored;
    }
}
