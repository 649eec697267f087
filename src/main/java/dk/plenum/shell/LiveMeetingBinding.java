package dk.plenum.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import dk.plenum.live.FollowedMeeting;
import dk.plenum.live.LiveMeetings;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The whole life of a view that shows one meeting as it happens, written once so that every live view gets
 * it right by construction (in the spirit of vaadin/whereabouts' {@code ApplicationListenerUtil}): the
 * meeting of the route or the not-found page on entering, following its events while the view is attached,
 * stopping on detach, starting over when the router reuses the view for another meeting (browser history from
 * one meeting's page to another's reuses the view instance without detaching it), and catching up with what
 * happened while it was not following.
 *
 * <p>The view creates one binding, calls {@link #enter} from {@code beforeEnter}, sends its own commands'
 * results to {@link #show}, and draws in its {@link Screen}. It draws the first meeting itself when Vaadin
 * attaches it (in {@code localeChange}, which Vaadin calls on attach); every later change comes through the
 * screen.
 */
public final class LiveMeetingBinding {

    /** How a view draws its meeting; called in the view's UI, with its session locked. */
    public interface Screen {

        /** Another meeting than the one shown: forget everything kept about the previous one and draw this one. */
        void showAnother(Meeting meeting);

        /** The meeting shown has moved on from {@code before} to {@code after}. */
        void showChanged(Meeting before, Meeting after);
    }

    private final Component view;
    private final MeetingJournal journal;
    private final LiveMeetings live;
    private final Duration refreshInterval;
    private final Screen screen;

    /** The whole meeting as the view last drew it; null before the first {@link #enter}. */
    private Meeting meeting;
    /** Null while the view is detached. */
    private FollowedMeeting following;

    private LiveMeetingBinding(Component view, MeetingJournal journal, LiveMeetings live, Duration refreshInterval,
            Screen screen) {
        this.view = view;
        this.journal = journal;
        this.live = live;
        this.refreshInterval = refreshInterval;
        this.screen = screen;
    }

    /**
     * Binds {@code view} to the meeting its route names: it follows that meeting while attached, and at most
     * one redraw per {@code refreshInterval} comes from live events, however many arrive.
     */
    public static LiveMeetingBinding bind(Component view, MeetingJournal journal, LiveMeetings live,
            Duration refreshInterval, Screen screen) {
        LiveMeetingBinding binding = new LiveMeetingBinding(view, journal, live, refreshInterval, screen);
        view.addAttachListener(attach -> binding.follow(attach.getUI()));
        view.addDetachListener(detach -> binding.stopFollowing());
        return binding;
    }

    /**
     * From the view's {@code beforeEnter}: the meeting named by the route parameter {@code parameter}, or
     * Vaadin's not-found page when there is none. When the router reuses an attached view for another meeting,
     * the screen draws that one and the view follows it instead; for the same meeting it catches up.
     */
    public Meeting enter(BeforeEnterEvent event, String parameter) {
        return enter(event, parameter, found -> true).orElseThrow();
    }

    /**
     * As {@link #enter(BeforeEnterEvent, String)}, but only a meeting the viewer {@code mayShow} is taken; for any
     * other the binding changes nothing, draws nothing, and answers empty, so the view can send the viewer on.
     */
    public Optional<Meeting> enter(BeforeEnterEvent event, String parameter, Predicate<Meeting> mayShow) {
        String meetingId = event.getRouteParameters().get(parameter).orElseThrow();
        Meeting found = journal.find(meetingId).orElseThrow(() -> new NotFoundException("No meeting " + meetingId));
        if (!mayShow.test(found)) {
            return Optional.empty();
        }
        if (meeting == null) {
            meeting = found;
        } else if (!meeting.id().equals(meetingId)) {
            stopFollowing();
            meeting = found;
            screen.showAnother(found);
            if (view.isAttached()) {
                follow(event.getUI());
            }
        } else {
            show(found);
        }
        return Optional.of(meeting);
    }

    /** The whole meeting as the view shows it (not redacted: the view decides what its viewer may see). */
    public Meeting meeting() {
        return meeting;
    }

    /**
     * Shows a newer state of the meeting, such as the one the view's own command returned; an older or equal
     * one (the live stream already brought it) changes nothing.
     */
    public void show(Meeting latest) {
        if (latest.id().equals(meeting.id()) && latest.lastSeq() > meeting.lastSeq()) {
            Meeting before = meeting;
            meeting = latest;
            screen.showChanged(before, latest);
        }
    }

    /**
     * Follows the meeting from the last event shown: the subscription first delivers what the log holds beyond
     * it, so a view attached again after a while catches up without reading the meeting again.
     */
    private void follow(UI ui) {
        if (following == null) {
            CoalescedRefresh refresh = new CoalescedRefresh(ui, refreshInterval, this::catchUp);
            following = new FollowedMeeting(live, meeting, refresh::changed);
        }
    }

    private void stopFollowing() {
        if (following != null) {
            following.close();
            following = null;
        }
    }

    /** Folds in the events that arrived; a refresh scheduled before the view was detached finds nothing to do. */
    private void catchUp() {
        if (following != null) {
            show(following.catchUp(meeting));
        }
    }
}
