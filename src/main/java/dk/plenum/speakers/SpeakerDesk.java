package dk.plenum.speakers;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.SpeakerList;
import dk.plenum.security.Actor;
import dk.plenum.shell.Navigation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The secretariat's (and the chair's) list of speakers of the item under discussion, in the control view: who has
 * the floor with the time left, the queue with give the floor, move up or down and take off, adding a participant
 * without a tablet, closing and reopening the list, the speaking time, and a link to the room display.
 */
@StyleSheet("styles/speakers.css")
public class SpeakerDesk extends Div {

    /** The speaking times offered, in seconds; the empty choice is no limit (for an item: the meeting's). */
    private static final List<Integer> TIMES = List.of(60, 120, 180, 300, 600);

    private final SpeakerService speakers;
    private final SpeakerCommands commands;
    private final H2 heading = new H2();
    private final Span floor = new Span();
    private final Countdown countdown = new Countdown();
    private final Button next = new Button();
    private final Button end = new Button();
    private final Div queue = new Div();
    private final Select<Participant> who = new Select<>();
    private final Button add = new Button();
    private final Button addReply = new Button();
    private final Button closeOrReopen = new Button();
    private final Select<Integer> itemTime = new Select<>();
    private final Select<Integer> meetingTime = new Select<>();
    private final Anchor display = new Anchor();
    private final Div controls;
    private Meeting meeting;
    private Shown shown;

    public SpeakerDesk(SpeakerService speakers, SpeakerCommands commands) {
        this.speakers = speakers;
        this.commands = commands;
        addClassName("plenum-speaker-desk");
        floor.addClassName("plenum-speakers-floor");
        next.addClassName("plenum-speaker-next");
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClickListener(click -> onItem((meetingId, itemId) -> actor ->
                speakers.giveFloor(meetingId, itemId, null, actor)));
        end.addClassName("plenum-speaker-end");
        end.addClickListener(click -> onItem((meetingId, itemId) -> actor ->
                speakers.endFloor(meetingId, itemId, actor)));
        Div floorLine = new Div(floor, countdown, next, end);
        floorLine.addClassName("plenum-speakers-floor-line");
        queue.addClassName("plenum-speaker-queue");
        who.setItemLabelGenerator(Participant::name);
        who.addClassName("plenum-speaker-who");
        who.addValueChangeListener(change -> add.setEnabled(change.getValue() != null));
        add.setEnabled(false);
        add.addClassName("plenum-speaker-add");
        add.addClickListener(click -> addSpeaker(false));
        addReply.addClassName("plenum-speaker-add-reply");
        addReply.addClickListener(click -> addSpeaker(true));
        Div adding = new Div(who, add, addReply);
        adding.addClassName("plenum-speaker-adding");
        closeOrReopen.addClassName("plenum-speaker-close");
        closeOrReopen.addClickListener(click -> onItem((meetingId, itemId) -> meeting.speakers().of(itemId).closed()
                ? actor -> speakers.reopen(meetingId, itemId, actor)
                : actor -> speakers.close(meetingId, itemId, actor)));
        itemTime.setItems(TIMES);
        itemTime.setEmptySelectionAllowed(true);
        itemTime.addClassName("plenum-speaker-item-time");
        itemTime.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                onItem((meetingId, itemId) -> actor ->
                        speakers.setItemSpeakingTime(meetingId, itemId, change.getValue(), actor));
            }
        });
        meetingTime.setItems(TIMES);
        meetingTime.setEmptySelectionAllowed(true);
        meetingTime.addClassName("plenum-speaker-meeting-time");
        meetingTime.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                commands.run(actor -> speakers.setMeetingSpeakingTime(meeting.id(), change.getValue(), actor));
            }
        });
        Div times = new Div(itemTime, meetingTime);
        times.addClassName("plenum-speaker-times");
        display.setTarget(AnchorTarget.BLANK);
        display.addClassName("plenum-speaker-display-link");
        controls = new Div(floorLine, queue, adding, closeOrReopen, times);
        add(heading, controls, display);
    }

    /** Draws the list of {@code shownMeeting}'s current item; redraws only when something on it changed. */
    public void show(Meeting shownMeeting) {
        this.meeting = shownMeeting;
        String itemId = shownMeeting.status() == MeetingStatus.LIVE ? shownMeeting.currentItemId() : null;
        SpeakerList list = itemId == null ? null : shownMeeting.speakers().of(itemId);
        Shown now = new Shown(list, itemId == null ? null : shownMeeting.item(itemId).map(AgendaItem::number)
                .orElse(null), shownMeeting.participants(), shownMeeting.speakers().limitSeconds(), getLocale());
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        display.setHref(Navigation.display(shownMeeting.id()));
        display.setText(getTranslation("display.title"));
        controls.setVisible(list != null);
        if (list == null) {
            heading.setText(getTranslation("speakers.title"));
            countdown.countTo(null);
            return;
        }
        heading.setText(getTranslation("speakers.desk.title", now.itemNumber()));
        floor.setText(list.floor() == null ? getTranslation("speakers.nobody")
                : getTranslation("speakers.announce.floor", shownMeeting.nameOf(list.floor().memberId())));
        countdown.getElement().setAttribute("aria-label", getTranslation("speakers.timeLeft"));
        countdown.countTo(list.floor() == null ? null : list.floor().endsAt().orElse(null));
        next.setText(getTranslation("speakers.desk.giveNext"));
        next.setEnabled(!list.queue().isEmpty());
        end.setText(getTranslation("speakers.desk.end"));
        end.setEnabled(list.floor() != null);
        drawQueue(list);
        List<Participant> free = shownMeeting.participants().stream()
                .filter(participant -> participant.attendance() == AttendanceStatus.PRESENT)
                .filter(participant -> !list.isQueued(participant.memberId()) && !list.hasFloor(participant.memberId()))
                .toList();
        who.setLabel(getTranslation("speakers.desk.addWho"));
        who.setItems(free);
        add.setText(getTranslation("speakers.desk.add"));
        addReply.setText(getTranslation("speakers.desk.addReply"));
        addReply.setEnabled(list.floor() != null);
        closeOrReopen.setText(getTranslation(list.closed() ? "speakers.desk.reopen" : "speakers.desk.close"));
        itemTime.setLabel(getTranslation("speakers.desk.itemTime"));
        itemTime.setItemLabelGenerator(seconds -> timeText(seconds, "speakers.time.meeting"));
        itemTime.setEmptySelectionCaption(getTranslation("speakers.time.meeting"));
        itemTime.setValue(list.limitSeconds());
        meetingTime.setLabel(getTranslation("speakers.desk.meetingTime"));
        meetingTime.setItemLabelGenerator(seconds -> timeText(seconds, "speakers.time.none"));
        meetingTime.setEmptySelectionCaption(getTranslation("speakers.time.none"));
        meetingTime.setValue(shownMeeting.speakers().limitSeconds());
    }

    private void drawQueue(SpeakerList list) {
        queue.removeAll();
        List<String> order = list.queue().stream().map(SpeakerList.Request::memberId).toList();
        for (SpeakerList.Request request : list.queue()) {
            String name = meeting.nameOf(request.memberId());
            Span label = new Span(request.reply() ? name + " (" + getTranslation("speakers.reply") + ")" : name);
            label.addClassName("plenum-speaker-name");
            Button give = new Button(getTranslation("speakers.desk.give"), click -> onItem((meetingId, itemId) ->
                    actor -> speakers.giveFloor(meetingId, itemId, request.memberId(), actor)));
            give.getElement().setAttribute("aria-label", getTranslation("speakers.desk.giveTo", name));
            give.addClassName("plenum-speaker-give");
            int index = order.indexOf(request.memberId());
            Button up = iconButton(VaadinIcon.ARROW_UP, getTranslation("speakers.desk.up", name),
                    () -> move(order, index, -1));
            up.setEnabled(index > 0);
            Button down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("speakers.desk.down", name),
                    () -> move(order, index, 1));
            down.setEnabled(index < order.size() - 1);
            Button remove = iconButton(VaadinIcon.CLOSE_SMALL, getTranslation("speakers.desk.remove", name),
                    () -> onItem((meetingId, itemId) ->
                            actor -> speakers.withdraw(meetingId, itemId, request.memberId(), actor)));
            Div row = new Div(label, give, up, down, remove);
            row.addClassName("plenum-speaker-row");
            queue.add(row);
        }
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.getElement().setAttribute("aria-label", label);
        button.addThemeVariants(ButtonVariant.TERTIARY);
        return button;
    }

    private void move(List<String> order, int index, int step) {
        List<String> moved = new ArrayList<>(order);
        Collections.swap(moved, index, index + step);
        onItem((meetingId, itemId) -> actor -> speakers.reorder(meetingId, itemId, moved, actor));
    }

    private void addSpeaker(boolean reply) {
        Participant chosen = who.getValue();
        if (chosen != null) {
            onItem((meetingId, itemId) -> actor -> speakers.add(meetingId, itemId, chosen.memberId(), reply, actor));
        }
    }

    /** A command on the list of the current item as last drawn. */
    private void onItem(ItemCommand command) {
        commands.run(command.on(meeting.id(), meeting.currentItemId()));
    }

    /** The time as a person says it; {@code noneKey} words the empty choice. */
    private String timeText(Integer seconds, String noneKey) {
        if (seconds == null) {
            return getTranslation(noneKey);
        }
        return seconds % 60 == 0 ? getTranslation("speakers.time.minutes", seconds / 60)
                : getTranslation("speakers.time.seconds", seconds);
    }

    @FunctionalInterface
    private interface ItemCommand {
        Function<Actor, Meeting> on(String meetingId, String itemId);
    }

    private record Shown(SpeakerList list, Integer itemNumber, List<Participant> participants, Integer meetingLimit,
            Locale locale) {
    }
}
