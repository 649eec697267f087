package dk.plenum.speakers;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.Participant;
import dk.plenum.meeting.Participation;
import dk.plenum.meeting.SpeakerList;
import java.util.Locale;

/**
 * A present member's own place on the list of speakers of the item under discussion, on the tablet: one tap asks
 * for the floor, the same button then withdraws the request; a reply (replik) is offered while someone else speaks.
 */
@StyleSheet("styles/speakers.css")
public class SpeakerRequestBar extends Div {

    private final SpeakerService speakers;
    private final SpeakerCommands commands;
    /** Made when the bar first shows: the public's views, and members who are not present, never show it. */
    private Parts parts;
    private Meeting meeting;
    private Participant seat;
    private Shown shown;

    public SpeakerRequestBar(SpeakerService speakers, SpeakerCommands commands) {
        this.speakers = speakers;
        this.commands = commands;
        addClassName("plenum-speaker-request");
        setVisible(false);
    }

    /** @param seat the viewer's place in the meeting, or null when they are not a member of it now (the bar hides) */
    public void show(Meeting shownMeeting, Participant seat) {
        this.meeting = shownMeeting;
        this.seat = seat;
        boolean running = shownMeeting.status() == MeetingStatus.LIVE && shownMeeting.currentItemId() != null;
        SpeakerList list = running ? shownMeeting.speakers().of(shownMeeting.currentItemId()) : null;
        // Whether the member takes part in the item under discussion: one inhabil on it asks for nothing (see
        // SpeakerService), but can still withdraw a request made before.
        boolean takesPart = running && seat != null
                && Participation.takesPart(shownMeeting, seat, shownMeeting.currentItemId());
        Shown now = new Shown(seat != null && running && seat.attendance() == AttendanceStatus.PRESENT ? list : null,
                seat == null ? null : seat.memberId(), takesPart, getLocale());
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        setVisible(now.list() != null);
        if (now.list() == null) {
            return;
        }
        if (parts == null) {
            parts = new Parts();
        }
        parts.show(list, takesPart);
    }

    private void toggle() {
        String itemId = meeting.currentItemId();
        if (meeting.speakers().of(itemId).isQueued(seat.memberId())) {
            commands.run(actor -> speakers.withdraw(meeting.id(), itemId, seat.memberId(), actor));
        } else {
            commands.run(actor -> speakers.request(meeting.id(), itemId, false, actor));
        }
    }

    /** The bar's buttons and the member's place in the list. */
    private final class Parts {

        private final Span place = new Span();
        private final Button ask = new Button();
        private final Button reply = new Button();

        Parts() {
            place.addClassName("plenum-speaker-place");
            place.getElement().setAttribute("aria-live", "polite");
            ask.addClassName("plenum-speaker-ask");
            ask.addClickListener(click -> toggle());
            reply.addClassName("plenum-speaker-reply");
            reply.addClickListener(click -> commands.run(actor ->
                    speakers.request(meeting.id(), meeting.currentItemId(), true, actor)));
            add(ask, reply, place);
        }

        void show(SpeakerList list, boolean takesPart) {
            String memberId = seat.memberId();
            int position = list.queue().stream().map(SpeakerList.Request::memberId).toList().indexOf(memberId);
            boolean speaking = list.hasFloor(memberId);
            ask.setText(getTranslation(position >= 0 ? "speakers.withdraw" : "speakers.ask"));
            ask.setVisible(!speaking && (position >= 0 || takesPart && !list.closed()));
            ask.removeThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LUMO_CONTRAST);
            ask.addThemeVariants(position >= 0 ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.PRIMARY);
            reply.setText(getTranslation("speakers.askReply"));
            reply.setVisible(takesPart && position < 0 && !speaking && !list.closed() && list.floor() != null);
            place.setText(speaking ? getTranslation("speakers.yourTurn")
                    : position >= 0 ? getTranslation("speakers.yourPlace", position + 1)
                    : meeting.voting().isConflicted(list.itemId(), memberId) ? getTranslation("speakers.inhabil")
                    : list.closed() ? getTranslation("speakers.closed") : "");
        }
    }

    private record Shown(SpeakerList list, String memberId, boolean takesPart, Locale locale) {
    }
}
