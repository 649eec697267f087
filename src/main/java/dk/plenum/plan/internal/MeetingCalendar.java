package dk.plenum.plan.internal;

import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.MeetingTimes;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * Meetings as an iCalendar (RFC 5545) document for calendar apps. Each meeting keeps its UID for
 * life (its id), and SEQUENCE and LAST-MODIFIED grow with every change to it, so a subscribed
 * calendar moves a meeting instead of showing it twice. Times are local Danish time with the
 * VTIMEZONE of Europe/Copenhagen, as councils meet on Danish time. A cancelled (aflyst) meeting stays, with
 * STATUS:CANCELLED.
 */
public final class MeetingCalendar {

    private static final String UID_DOMAIN = "@plenum.dk";
    /** Without an end, a meeting is put in calendars as this long. */
    private static final long DEFAULT_HOURS = 2;

    private MeetingCalendar() {
    }

    public static String write(String councilName, List<Meeting> meetings, Function<Meeting, Instant> lastChange) {
        VTimeZone zone = CouncilTimeZone.of(MeetingTimes.COUNCIL_ZONE);
        Calendar calendar = new Calendar().withProdId("-//Plenum//Mødeplan//DA").withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", councilName))
                .withProperty(new XProperty("X-WR-TIMEZONE", MeetingTimes.COUNCIL_ZONE.getId()))
                .withComponent(zone).getFluentTarget();
        meetings.forEach(meeting -> calendar.add(event(meeting, lastChange.apply(meeting))));
        StringWriter ics = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, ics);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return ics.toString();
    }

    private static VEvent event(Meeting meeting, Instant changed) {
        ZonedDateTime start = meeting.startsAt().atZone(MeetingTimes.COUNCIL_ZONE);
        ZonedDateTime end = meeting.endsAt() == null ? start.plusHours(DEFAULT_HOURS)
                : meeting.endsAt().atZone(MeetingTimes.COUNCIL_ZONE);
        VEvent event = new VEvent(start, end, meeting.title());
        event.add(new Uid(meeting.id() + UID_DOMAIN));
        // Every event in the meeting's log after the first is a change to it; calendars take the highest.
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, meeting.lastSeq() - 1)));
        event.replace(new DtStamp(changed));
        event.add(new LastModified(changed));
        if (meeting.location() != null) {
            event.add(new Location(meeting.location()));
        }
        if (meeting.status() == MeetingStatus.CANCELLED) {
            // RFC 5545: calendars strike the meeting through or drop it, rather than keep it as planned.
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        return event;
    }
}
