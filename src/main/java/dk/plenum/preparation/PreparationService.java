package dk.plenum.preparation;

import static dk.plenum.meeting.MeetingRules.requireInPreparation;
import static dk.plenum.meeting.MeetingRules.requireItem;

import dk.plenum.council.Council;
import dk.plenum.council.CouncilService;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.CommandText;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChanges.ItemAdded;
import dk.plenum.meeting.MeetingChanges.ItemEdited;
import dk.plenum.meeting.MeetingChanges.ItemWithdrawn;
import dk.plenum.meeting.MeetingChanges.MeetingCancelled;
import dk.plenum.meeting.MeetingChanges.MeetingDetailsEdited;
import dk.plenum.meeting.MeetingChanges.MeetingMoved;
import dk.plenum.meeting.MeetingChanges.MeetingPublished;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingScheduled;
import dk.plenum.meeting.MeetingSlotTakenException;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Visibility;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/**
 * The secretariat's commands that prepare a meeting: create it as a draft, edit, move, cancel and publish it,
 * and write its agenda. Only the council's secretariat (or an administrator) may, and only until the meeting
 * starts; each command is one event through the {@link MeetingJournal}. After publication every change is
 * marked on the item for members and the public (the projection does that).
 */
@Service
public class PreparationService {

    static final int MAX_TITLE = 500;
    static final int MAX_LOCATION = 300;
    static final int MAX_HEADING = 200;
    static final int MAX_SECTION = 20_000;
    static final int MAX_SECTIONS = 50;

    private final MeetingJournal journal;
    private final CouncilService councils;
    private final ProceedingsService proceedings;

    PreparationService(MeetingJournal journal, CouncilService councils, ProceedingsService proceedings) {
        this.journal = journal;
        this.councils = councils;
        this.proceedings = proceedings;
    }

    /**
     * A new meeting of the council as a draft, summoning the council's members on its day, at the council's usual
     * place unless another is given; its agenda starts as {@code start} says.
     *
     * @throws MeetingSlotTakenException when the council already has a meeting starting then
     */
    public Meeting create(String councilId, MeetingDetails details, AgendaStart start, Actor actor) {
        actor.requireSecretariatOf(councilId);
        Council council = councils.find(councilId)
                .orElseThrow(() -> new CommandRefusedException(Reason.NOT_FOUND, "refused.noCouncil", councilId));
        MeetingDetails checked = checked(details);
        List<AgendaItem> items = start.copyOf() == null ? standardItems(council) : copiedItems(start.copyOf(), council);
        List<Participant> participants = council.membersOn(checked.startsAt().atZone(MeetingTimes.COUNCIL_ZONE)
                        .toLocalDate()).stream()
                .map(member -> Participant.summoned(member.id(), member.name(), member.role(), member.party()))
                .toList();
        return journal.schedule(new MeetingScheduled(council.id(), council.name(), checked.title(), checked.kind(),
                checked.startsAt(), checked.endsAt(), checked.location() != null ? checked.location()
                : council.defaultLocation(), participants, items, true),
                actor.username());
    }

    /** Title, kind and place; the time is changed by {@link #move}. */
    public Meeting editDetails(String meetingId, String title, MeetingKind kind, String location, Actor actor) {
        String checkedTitle = CommandText.required(title, "title", MAX_TITLE);
        String checkedLocation = CommandText.optional(location, "location", MAX_LOCATION);
        return journal.append(meetingId, actor.username(), meeting -> {
            requirePreparing(meeting, actor);
            return new MeetingDetailsEdited(checkedTitle, Objects.requireNonNullElse(kind, MeetingKind.ORDINARY),
                    checkedLocation);
        });
    }

    /**
     * The meeting takes its council's new start time and frees the old one for another meeting.
     *
     * @throws MeetingSlotTakenException when the council already has another meeting starting then (the journal
     *                                   refuses it, as it does for two moves racing onto one time); nothing is stored
     */
    public Meeting move(String meetingId, Instant startsAt, Instant endsAt, Actor actor) {
        requireTime(startsAt, endsAt);
        return journal.append(meetingId, actor.username(), meeting -> {
            requirePreparing(meeting, actor);
            return new MeetingMoved(startsAt, endsAt);
        });
    }

    /** Aflyst: the meeting stays, shown as cancelled, and nothing more happens in it; its start time is free again. */
    public Meeting cancel(String meetingId, Actor actor) {
        return journal.append(meetingId, actor.username(), meeting -> {
            requirePreparing(meeting, actor);
            return new MeetingCancelled();
        });
    }

    /** Udsendt: the members, and the public the open part, see the meeting from now on. */
    public Meeting publish(String meetingId, Actor actor) {
        return journal.append(meetingId, actor.username(), meeting -> {
            requirePreparing(meeting, actor);
            if (!meeting.draft()) {
                throw new CommandRefusedException(Reason.CONFLICT, "refused.alreadyPublished");
            }
            return new MeetingPublished();
        });
    }

    /** A new item at the end of the agenda. */
    public Meeting addItem(String meetingId, ItemContent content, Actor actor) {
        ItemContent checked = checked(content);
        return journal.append(meetingId, actor.username(), meeting -> {
            requirePreparing(meeting, actor);
            int number = meeting.items().stream().mapToInt(AgendaItem::number).max().orElse(0) + 1;
            return new ItemAdded(newItem(number, checked));
        });
    }

    public Meeting editItem(String meetingId, String itemId, ItemContent content, Actor actor) {
        ItemContent checked = checked(content);
        return journal.append(meetingId, actor.username(), meeting -> {
            requirePreparing(meeting, actor);
            requireNotWithdrawn(requireItem(meeting, itemId));
            return new ItemEdited(itemId, checked.title(), checked.kind(), checked.visibility(), checked.titleHidden(),
                    checked.presenter(), checked.sections());
        });
    }

    /** Udgår: the item stays in its place with its number, shown as withdrawn; it is never deleted. */
    public Meeting withdrawItem(String meetingId, String itemId, Actor actor) {
        return journal.append(meetingId, actor.username(), meeting -> {
            requirePreparing(meeting, actor);
            requireNotWithdrawn(requireItem(meeting, itemId));
            return new ItemWithdrawn(itemId);
        });
    }

    /** The agenda in a new order, renumbered from its first number: the same command the control desk gives. */
    public Meeting reorder(String meetingId, List<String> itemIds, Actor actor) {
        requirePreparing(journal.get(meetingId), actor);
        return proceedings.reorder(meetingId, itemIds, actor);
    }

    /** The item one place up ({@code by} -1) or down (+1); at either end, the agenda as it is. */
    public Meeting moveItem(String meetingId, String itemId, int by, Actor actor) {
        List<String> order = new ArrayList<>(journal.get(meetingId).items().stream().map(AgendaItem::id).toList());
        int from = order.indexOf(itemId);
        int to = from + by;
        if (from < 0 || to < 0 || to >= order.size()) {
            return reorder(meetingId, order, actor);
        }
        order.add(to, order.remove(from));
        return reorder(meetingId, order, actor);
    }

    private static void requirePreparing(Meeting meeting, Actor actor) {
        actor.requireSecretariatOf(meeting.councilId());
        requireInPreparation(meeting);
    }

    private static void requireNotWithdrawn(AgendaItem item) {
        if (item.withdrawn()) {
            throw new CommandRefusedException(Reason.CONFLICT, "refused.itemWithdrawn");
        }
    }

    private static void requireTime(Instant startsAt, Instant endsAt) {
        if (startsAt == null) {
            throw new CommandRefusedException(Reason.INVALID, "refused.startMissing");
        }
        if (endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new CommandRefusedException(Reason.INVALID, "refused.endBeforeStart");
        }
    }

    private static MeetingDetails checked(MeetingDetails details) {
        requireTime(details.startsAt(), details.endsAt());
        return new MeetingDetails(CommandText.required(details.title(), "title", MAX_TITLE),
                Objects.requireNonNullElse(details.kind(), MeetingKind.ORDINARY), details.startsAt(),
                details.endsAt(), CommandText.optional(details.location(), "location", MAX_LOCATION));
    }

    private static ItemContent checked(ItemContent content) {
        Visibility visibility = Objects.requireNonNullElse(content.visibility(), Visibility.OPEN);
        if (content.titleHidden() && visibility == Visibility.OPEN) {
            throw new CommandRefusedException(Reason.INVALID, "refused.hideOpenTitle");
        }
        if (content.sections().size() > MAX_SECTIONS) {
            throw new CommandRefusedException(Reason.INVALID, "refused.tooManySections", MAX_SECTIONS);
        }
        List<Section> sections = content.sections().stream()
                .map(section -> new Section(CommandText.required(section.heading(), "heading", MAX_HEADING),
                        Objects.requireNonNullElse(CommandText.optional(section.body(), "body", MAX_SECTION), "")))
                .toList();
        return new ItemContent(CommandText.required(content.title(), "title", MAX_TITLE),
                Objects.requireNonNullElse(content.kind(), ItemKind.REGULAR), visibility, content.titleHidden(),
                CommandText.optional(content.presenter(), "presenter", MAX_TITLE), sections);
    }

    private static List<AgendaItem> standardItems(Council council) {
        return IntStream.range(0, council.standardItems().size()).mapToObj(index -> newItem(index + 1,
                new ItemContent(council.standardItems().get(index).title(), council.standardItems().get(index).kind(),
                        Visibility.OPEN, false, null, List.of()))).toList();
    }

    /** The earlier meeting's items that were not withdrawn, with new ids and numbered from 1. */
    private List<AgendaItem> copiedItems(String earlierMeetingId, Council council) {
        Meeting earlier = journal.get(earlierMeetingId);
        if (!earlier.councilId().equals(council.id())) {
            throw new CommandRefusedException(Reason.INVALID, "refused.copyOtherCouncil");
        }
        List<AgendaItem> kept = earlier.items().stream().filter(item -> !item.withdrawn()).toList();
        return IntStream.range(0, kept.size()).mapToObj(index -> {
            AgendaItem item = kept.get(index);
            return newItem(index + 1, new ItemContent(item.title(), item.kind(), item.visibility(), item.titleHidden(),
                    item.presenter(), item.sections()));
        }).toList();
    }

    private static AgendaItem newItem(int number, ItemContent content) {
        return new AgendaItem(UUID.randomUUID().toString(), number, content.title(), content.kind(),
                content.visibility(), content.presenter(), content.sections(), List.of(), null, content.titleHidden());
    }
}
