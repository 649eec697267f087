package dk.plenum.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import dk.plenum.meeting.BilagChange;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.meeting.Translations;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

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

    /** The class of an item's badge for its latest change to its Bilag, on the agenda and the control desk. */
    private static final String BILAG_CHANGED = "plenum-item-bilag-changed";
    private static final String MEETING_STATUS = "plenum-meeting-status";
    private static final String MINUTES_APPROVED = "plenum-minutes-approved";

    private Badges() {
    }

    public static Span badge(String text, Tone tone) {
        Span badge = new Span();
        redraw(badge, text, tone);
        return badge;
    }

    /** Makes a badge of {@link #badge}'s say {@code text} in {@code tone}, in place (a row kept from redraw to redraw). */
    public static void redraw(Span badge, String text, Tone tone) {
        badge.setText(text);
        for (Tone other : Tone.values()) {
            badge.removeClassName(toneClass(other));
        }
        badge.addClassNames("plenum-badge", toneClass(tone));
    }

    /**
     * The same badge as {@link #badge}, as markup appended to {@code parent}: for a part of a view sent as one piece
     * of HTML rather than as components, each of which costs server memory in every open view.
     */
    public static Element appendBadge(Element parent, String text, Tone tone) {
        return parent.appendElement("span").addClass("plenum-badge").addClass(toneClass(tone)).text(text);
    }

    private static String toneClass(Tone tone) {
        return "plenum-badge-" + tone.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A meeting's status as lists and headers show it, in {@code page}'s language: draft, running, cancelled… or not
     * held, when its time passed without it being started.
     */
    public static Span meetingStatus(Meeting meeting, Component page) {
        boolean notHeld = meeting.notHeld(Instant.now());
        Span status = badge(statusText(meeting, notHeld, page), shownStatusTone(meeting, notHeld));
        status.addClassName(MEETING_STATUS);
        return status;
    }

    /** The same badge as {@link #meetingStatus}, as markup appended to {@code parent} (see {@link #appendBadge}). */
    public static Element appendMeetingStatus(Element parent, Meeting meeting, Component page) {
        boolean notHeld = meeting.notHeld(Instant.now());
        return appendBadge(parent, statusText(meeting, notHeld, page), shownStatusTone(meeting, notHeld))
                .addClass(MEETING_STATUS);
    }

    private static Tone shownStatusTone(Meeting meeting, boolean notHeld) {
        return notHeld ? Tone.NEUTRAL : statusTone(meeting);
    }

    private static String statusText(Meeting meeting, boolean notHeld, Component page) {
        return page.getTranslation("meetings.status." + (notHeld ? "NOT_HELD" : meeting.listedStatus()));
    }

    /** The colour of a meeting's status badge, on the members' pages and the public's server-rendered page alike. */
    public static Tone statusTone(Meeting meeting) {
        return meeting.draft() ? Tone.NEUTRAL : switch (meeting.status()) {
            case LIVE -> Tone.LIVE;
            case CANCELLED -> Tone.CLOSED;
            case SCHEDULED, ADJOURNED -> Tone.INFO;
            case CLOSED -> Tone.NEUTRAL;
        };
    }

    /**
     * "Referat godkendt torsdag den 29. februar 2024" once the secretariat approved the minutes, in {@code page}'s
     * language; empty before. The same words on the control desk, the meeting's page and the meeting lists.
     */
    public static Optional<Span> minutesApproved(Meeting meeting, Component page) {
        return minutesApprovedText(meeting, page).map(text -> {
            Span badge = badge(text, Tone.NEUTRAL);
            badge.addClassName(MINUTES_APPROVED);
            return badge;
        });
    }

    /** The same badge as {@link #minutesApproved}, as markup appended to {@code parent}; nothing before. */
    public static void appendMinutesApproved(Element parent, Meeting meeting, Component page) {
        minutesApprovedText(meeting, page)
                .ifPresent(text -> appendBadge(parent, text, Tone.NEUTRAL).addClass(MINUTES_APPROVED));
    }

    private static Optional<String> minutesApprovedText(Meeting meeting, Component page) {
        if (!meeting.minutesApproved()) {
            return Optional.empty();
        }
        return Optional.of(page.getTranslation("minutes.approvedOn",
                MeetingTimes.date(meeting.minutesApprovedAt(), localeOf(page))));
    }

    /** The item's latest change to its Bilag since the agenda was sent out, as a badge: {@link #bilagChange}. */
    public static Span bilagChanged(BilagChange change, Component page) {
        Span badge = badge(bilagChange(change, page), Tone.INFO);
        badge.addClassName(BILAG_CHANGED);
        return badge;
    }

    /** The same badge as {@link #bilagChanged}, as markup appended to {@code parent} (see {@link #appendBadge}). */
    public static Element appendBilagChanged(Element parent, BilagChange change, Component page) {
        return appendBadge(parent, bilagChange(change, page), Tone.INFO).addClass(BILAG_CHANGED);
    }

    /**
     * What changed of an item's Bilag and when, in {@code page}'s language: "Bilag erstattet 28.11. kl. 14.05:
     * Budget", or without a name where there is none to show ("Bilag ordnet om 28.11. kl. 14.05").
     */
    public static String bilagChange(BilagChange change, Component page) {
        String when = MeetingTimes.shortDateTime(change.at(), localeOf(page));
        return change.name() == null && change.kind() == BilagChange.Kind.REMOVED
                ? page.getTranslation("bilagChange.unnamed.REMOVED", when)
                : page.getTranslation("bilagChange." + change.kind(), when, change.name());
    }

    private static Locale localeOf(Component page) {
        return page.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale)
                .orElse(Translations.DANISH);
    }
}
