package dk.plenum.speakers;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.SpeakerList;
import java.util.List;
import java.util.Locale;

/**
 * Who has the floor on the item under discussion, the speaking time left, and who speaks next: on the members'
 * tablets, the public page and the room display. It shows the meeting it is given, which the view has already
 * made what its viewer may see ({@code visibility.MeetingVisibility}): the public gets no list of a closed item.
 * Screen readers hear who gets the floor (the floor line is a polite live region); the countdown is a timer,
 * which they do not read out every second.
 */
@StyleSheet("styles/speakers.css")
public class SpeakerBoard extends Div {

    private final int nextShown;
    /**
     * Made the first time a list is shown: most meetings run without one, and every component costs server memory in
     * every open view of the agenda.
     */
    private Parts parts;
    private Shown shown;

    /** @param nextShown how many of the waiting speakers to name */
    public SpeakerBoard(int nextShown) {
        this.nextShown = nextShown;
        addClassName("plenum-speakers");
        setVisible(false);
    }

    /**
     * Shows the list of the current item of {@code visible} (a meeting the viewer may see all of); hidden while
     * the meeting does not run, or the viewer may see no list of the current item.
     */
    public void show(Meeting visible) {
        Shown now = Shown.of(visible, getLocale());
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        setVisible(now.list() != null);
        if (now.list() == null) {
            if (parts != null) {
                parts.countdown.countTo(null);
            }
            return;
        }
        if (parts == null) {
            parts = new Parts();
        }
        parts.show(visible, now.list());
    }

    private String nameWithReply(Meeting meeting, String memberId, boolean reply) {
        String name = meeting.nameOf(memberId);
        return reply ? name + " (" + getTranslation("speakers.reply") + ")" : name;
    }

    /** The board's content. */
    private final class Parts {

        private final H3 heading = new H3();
        private final Span floorLabel = new Span();
        private final Span speaker = new Span();
        private final Countdown countdown = new Countdown();
        private final Span nextLabel = new Span();
        private final OrderedList next = new OrderedList();
        private final Span noneWaiting = new Span();
        private final Span closed = new Span();

        Parts() {
            floorLabel.addClassName("plenum-speakers-label");
            speaker.addClassName("plenum-speakers-floor");
            speaker.getElement().setAttribute("aria-live", "polite");
            nextLabel.addClassName("plenum-speakers-label");
            next.addClassName("plenum-speakers-next");
            noneWaiting.addClassName("plenum-speakers-none");
            closed.addClassName("plenum-speakers-closed");
            Div floor = new Div(floorLabel, speaker, countdown);
            floor.addClassName("plenum-speakers-floor-line");
            add(heading, floor, nextLabel, next, noneWaiting, closed);
        }

        void show(Meeting visible, SpeakerList list) {
            heading.setText(getTranslation("speakers.title"));
            floorLabel.setText(getTranslation("speakers.floor"));
            speaker.setText(list.floor() == null ? getTranslation("speakers.nobody")
                    : nameWithReply(visible, list.floor().memberId(), list.floor().reply()));
            countdown.getElement().setAttribute("aria-label", getTranslation("speakers.timeLeft"));
            countdown.countTo(list.floor() == null ? null : list.floor().endsAt().orElse(null));
            nextLabel.setText(getTranslation("speakers.next"));
            next.removeAll();
            List<SpeakerList.Request> waiting = list.queue().stream().limit(nextShown).toList();
            waiting.forEach(request -> next.add(
                    new ListItem(nameWithReply(visible, request.memberId(), request.reply()))));
            next.setVisible(!waiting.isEmpty());
            noneWaiting.setText(getTranslation("speakers.noneWaiting"));
            noneWaiting.setVisible(waiting.isEmpty());
            closed.setText(getTranslation("speakers.closed"));
            closed.setVisible(list.closed());
        }
    }

    /** What the board shows; null {@code list} when nothing. */
    private record Shown(SpeakerList list, List<Participant> participants, Locale locale) {

        static Shown of(Meeting visible, Locale locale) {
            return new Shown(visible.currentSpeakerList().orElse(null), visible.participants(), locale);
        }
    }
}
