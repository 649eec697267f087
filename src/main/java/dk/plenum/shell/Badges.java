package dk.plenum.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import dk.plenum.meeting.Meeting;

/** Small coloured labels (open/closed, status, kind), styled by plenum.css. */
public final class Badges {

    /** The colour families plenum.css defines for badges. */
    public enum Tone {
        NEUTRAL,
        OPEN,
        CLOSED,
        LIVE,
        INFO
    }

    private Badges() {
    }

    public static Span badge(String text, Tone tone) {
        Span badge = new Span(text);
        badge.addClassNames("plenum-badge", "plenum-badge-" + tone.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    /** A meeting's status as lists and headers show it, in {@code page}'s language: draft, running, cancelled… */
    public static Span meetingStatus(Meeting meeting, Component page) {
        Tone tone = meeting.draft() ? Tone.NEUTRAL : switch (meeting.status()) {
            case LIVE -> Tone.LIVE;
            case CANCELLED -> Tone.CLOSED;
            case SCHEDULED, ADJOURNED -> Tone.INFO;
            case CLOSED -> Tone.NEUTRAL;
        };
        Span status = badge(page.getTranslation("meetings.status." + meeting.listedStatus()), tone);
        status.addClassName("plenum-meeting-status");
        return status;
    }
}
