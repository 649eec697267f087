package dk.plenum.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The meeting as its events have built it: the projection every view and API reads. {@code lastSeq}
 * is the sequence number of the last event applied, so a reader knows exactly which events it has seen.
 * {@code minutesApprovedAt} is set once the secretariat approved the minutes; decisions are then locked.
 * {@code draft}: made in Plenum and not yet published (udsendt); who may see a draft is decided in
 * {@code visibility.MeetingVisibility}. Imported meetings, and every meeting stored before drafts existed, are
 * published. {@code protocolEntries}: members' protocol entries (protokoltilførsler), in the order they were asked for. {@code speakers}: the speaker lists of the items (none in
 * projections stored before they existed).
 */
public record Meeting(
        String id,
        String councilId,
        String councilName,
        String title,
        MeetingKind kind,
        Instant startsAt,
        Instant endsAt,
        String location,
        MeetingStatus status,
        List<Participant> participants,
        List<AgendaItem> items,
        String currentItemId,
        List<RoundTablePost> roundTable,
        Instant startedAt,
        Instant endedAt,
        Instant minutesApprovedAt,
        Boolean draft,
        long lastSeq,
        List<ProtocolEntry> protocolEntries,
        SpeakerLists speakers,
        Voting voting) {

    public Meeting {
        // Absent in projections stored before votes existed: none.
        voting = voting == null ? Voting.NONE : voting;
        // Absent in projections stored before drafts existed: published.
        draft = Boolean.TRUE.equals(draft);
        speakers = speakers == null ? SpeakerLists.NONE : speakers;
        participants = List.copyOf(participants);
        items = List.copyOf(items);
        roundTable = List.copyOf(roundTable);
        // Absent in projections stored before protocol entries existed: none.
        protocolEntries = protocolEntries == null ? List.of() : List.copyOf(protocolEntries);
    }

    /** A meeting with no protocol entries, nobody asking to speak and no votes yet. */
    public Meeting(String id, String councilId, String councilName, String title, MeetingKind kind, Instant startsAt,
            Instant endsAt, String location, MeetingStatus status, List<Participant> participants,
            List<AgendaItem> items, String currentItemId, List<RoundTablePost> roundTable, Instant startedAt,
            Instant endedAt, Instant minutesApprovedAt, Boolean draft, long lastSeq) {
        this(id, councilId, councilName, title, kind, startsAt, endsAt, location, status, participants, items,
                currentItemId, roundTable, startedAt, endedAt, minutesApprovedAt, draft, lastSeq, List.of(),
                SpeakerLists.NONE, Voting.NONE);
    }

    public Optional<AgendaItem> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    /** The item's place on the agenda (0 for the first), or -1 for an id not on it. */
    public int positionOf(String itemId) {
        return IntStream.range(0, items.size()).filter(index -> items.get(index).id().equals(itemId)).findFirst()
                .orElse(-1);
    }

    public Optional<AgendaItem> currentItem() {
        return currentItemId == null ? Optional.empty() : item(currentItemId);
    }

    /** Whether the meeting is in session: running, or paused (adjourned) with an item still under discussion. */
    public boolean inSession() {
        return status == MeetingStatus.LIVE || status == MeetingStatus.ADJOURNED;
    }

    /** The speaker list of the item under discussion while the meeting runs (not while paused), if it has one. */
    public Optional<SpeakerList> currentSpeakerList() {
        boolean listed = status == MeetingStatus.LIVE && currentItemId != null
                && speakers.lists().stream().anyMatch(list -> list.itemId().equals(currentItemId));
        return listed ? Optional.of(speakers.of(currentItemId)) : Optional.empty();
    }

    public Optional<Participant> participant(String memberId) {
        return participants.stream().filter(participant -> participant.memberId().equals(memberId)).findFirst();
    }

    /** The participant's name, or the id of someone the meeting does not list (a member since removed). */
    public String nameOf(String memberId) {
        return participant(memberId).map(Participant::name).orElse(memberId);
    }

    public Optional<RoundTablePost> post(String postId) {
        return roundTable.stream().filter(post -> post.id().equals(postId)).findFirst();
    }

    /**
     * Where the meeting is, as its list says it: {@code DRAFT} while it waits to be published, else its
     * {@link MeetingStatus} (a published meeting not yet started is {@code SCHEDULED}).
     */
    public String listedStatus() {
        return draft && status == MeetingStatus.SCHEDULED ? "DRAFT" : status.name();
    }

    /** Whether the meeting ended (or, with no end time, started) before {@code now}: lists show it as past. */
    public boolean endedBefore(Instant now) {
        return (endsAt == null ? startsAt : endsAt).isBefore(now);
    }

    /** Whether lists show the meeting among past ones: its time is over and it is not still in session. */
    public boolean past(Instant now) {
        return endedBefore(now) && !inSession();
    }

    /**
     * Published, its time over, and never started: lists say so ("Ikke afholdt") rather than count it as held,
     * as the demo's 2024 meetings would be.
     */
    public boolean notHeld(Instant now) {
        return !draft && status == MeetingStatus.SCHEDULED && endedBefore(now);
    }

    public boolean minutesApproved() {
        return minutesApprovedAt != null;
    }

    /** The chair and members not present right now: who the minutes call absent for an item decided now. */
    public List<String> absentMemberIds() {
        return participants.stream()
                .filter(Participant::votes)
                .filter(participant -> participant.attendance() != AttendanceStatus.PRESENT)
                .map(Participant::memberId)
                .toList();
    }

    /** A copy with other items and posts: what an audience may see of this meeting. */
    public Meeting withContent(List<AgendaItem> newItems, List<RoundTablePost> newRoundTable) {
        return new Meeting(id, councilId, councilName, title, kind, startsAt, endsAt, location, status, participants,
                newItems, currentItemId, newRoundTable, startedAt, endedAt, minutesApprovedAt, draft, lastSeq,
                protocolEntries, speakers, voting);
    }

    /** A copy with other protocol entries: those an audience may see. */
    public Meeting withProtocolEntries(List<ProtocolEntry> visibleEntries) {
        return new Meeting(id, councilId, councilName, title, kind, startsAt, endsAt, location, status, participants,
                items, currentItemId, roundTable, startedAt, endedAt, minutesApprovedAt, draft, lastSeq,
                visibleEntries, speakers, voting);
    }

    /** A copy with other speaker lists: what an audience may see of them. */
    public Meeting withSpeakers(SpeakerLists visibleSpeakers) {
        return new Meeting(id, councilId, councilName, title, kind, startsAt, endsAt, location, status, participants,
                items, currentItemId, roundTable, startedAt, endedAt, minutesApprovedAt, draft, lastSeq,
                protocolEntries, visibleSpeakers, voting);
    }

    /** A copy with other votes and conflicts of interest: what an audience may see of them. */
    public Meeting withVoting(Voting visibleVoting) {
        return new Meeting(id, councilId, councilName, title, kind, startsAt, endsAt, location, status, participants,
                items, currentItemId, roundTable, startedAt, endedAt, minutesApprovedAt, draft, lastSeq,
                protocolEntries, speakers, visibleVoting);
    }

    /** A copy with other participants: what an audience may see of them (e.g. without their attendance notes). */
    public Meeting withParticipants(List<Participant> visibleParticipants) {
        return new Meeting(id, councilId, councilName, title, kind, startsAt, endsAt, location, status,
                visibleParticipants, items, currentItemId, roundTable, startedAt, endedAt, minutesApprovedAt, draft,
                lastSeq, protocolEntries, speakers, voting);
    }

    public Optional<ProtocolEntry> protocolEntry(String entryId) {
        return protocolEntries.stream().filter(entry -> entry.id().equals(entryId)).findFirst();
    }
}
