package dk.plenum.proceedings;

import static dk.plenum.meeting.MeetingRules.requireItem;
import static dk.plenum.meeting.MeetingRules.requireLive;
import static dk.plenum.meeting.MeetingRules.requireNotClosed;
import static dk.plenum.meeting.MeetingRules.requirePublished;
import static dk.plenum.meeting.MeetingRules.requireStarted;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.CommandText;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingChanges.CurrentItemSet;
import dk.plenum.meeting.MeetingChanges.ItemAdded;
import dk.plenum.meeting.MeetingChanges.ItemsReordered;
import dk.plenum.meeting.MeetingChanges.MeetingAdjourned;
import dk.plenum.meeting.MeetingChanges.MeetingClosed;
import dk.plenum.meeting.MeetingChanges.MeetingStarted;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Visibility;
import dk.plenum.security.Actor;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The secretariat's commands that move a meeting along; each is checked against the meeting's state. */
@Service
public class ProceedingsService {

    static final int MAX_TITLE = 500;
    static final int MAX_TEXT = 20_000;

    private final MeetingJournal journal;

    ProceedingsService(MeetingJournal journal) {
        this.journal = journal;
    }

    /** Starts the meeting, or resumes it after an adjournment. */
    public Meeting start(String meetingId, Actor actor) {
        return journal.append(meetingId, actor.username(), meeting -> {
            actor.requireSecretariatOf(meeting.councilId());
            requirePublished(meeting);
            if (meeting.status() == MeetingStatus.LIVE) {
                throw new CommandRefusedException(Reason.CONFLICT, "refused.alreadyLive");
            }
            requireNotClosed(meeting);
            return new MeetingStarted();
        });
    }

    /** Makes any item the current one, in any order, going back included. */
    public Meeting setCurrentItem(String meetingId, String itemId, Actor actor) {
        return journal.append(meetingId, actor.username(), meeting -> {
            actor.requireSecretariatOf(meeting.councilId());
            requireLive(meeting);
            requireItem(meeting, itemId);
            return new CurrentItemSet(itemId);
        });
    }

    /** Adds a late item at the end of the agenda and returns the meeting with it. */
    public Meeting addLateItem(String meetingId, LateItem late, Actor actor) {
        String title = CommandText.required(late.title(), "title", MAX_TITLE);
        String presenter = CommandText.optional(late.presenter(), "presenter", MAX_TITLE);
        String recommendation = CommandText.optional(late.recommendation(), "recommendation", MAX_TEXT);
        List<Section> sections = recommendation == null ? List.of() : List.of(new Section("Indstilling", recommendation));
        Visibility visibility = Objects.requireNonNullElse(late.visibility(), Visibility.OPEN);
        if (late.hideTitle() && visibility == Visibility.OPEN) {
            throw new CommandRefusedException(Reason.INVALID, "refused.hideOpenTitle");
        }
        return journal.append(meetingId, actor.username(), meeting -> {
            actor.requireSecretariatOf(meeting.councilId());
            requireNotClosed(meeting);
            int number = meeting.items().stream().mapToInt(AgendaItem::number).max().orElse(0) + 1;
            return new ItemAdded(new AgendaItem(UUID.randomUUID().toString(), number, title,
                    Objects.requireNonNullElse(late.kind(), ItemKind.REGULAR), visibility, presenter, sections,
                    List.of(), null, late.hideTitle()));
        });
    }

    /** Puts the agenda in a new order; {@code itemIds} must name every item once. */
    public Meeting reorder(String meetingId, List<String> itemIds, Actor actor) {
        return journal.append(meetingId, actor.username(), meeting -> {
            actor.requireSecretariatOf(meeting.councilId());
            requireNotClosed(meeting);
            List<String> current = meeting.items().stream().map(AgendaItem::id).toList();
            if (itemIds.size() != current.size() || !new HashSet<>(itemIds).equals(new HashSet<>(current))) {
                throw new CommandRefusedException(Reason.INVALID, "refused.reorderMismatch");
            }
            return new ItemsReordered(itemIds);
        });
    }

    /** Pauses a running meeting; {@link #start} resumes it. */
    public Meeting adjourn(String meetingId, Actor actor) {
        return journal.append(meetingId, actor.username(), meeting -> {
            actor.requireSecretariatOf(meeting.councilId());
            requireLive(meeting);
            return new MeetingAdjourned();
        });
    }

    /** Ends the meeting for good. */
    public Meeting close(String meetingId, Actor actor) {
        return journal.append(meetingId, actor.username(), meeting -> {
            actor.requireSecretariatOf(meeting.councilId());
            requireStarted(meeting);
            requireNotClosed(meeting);
            return new MeetingClosed();
        });
    }
}
