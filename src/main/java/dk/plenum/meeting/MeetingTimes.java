package dk.plenum.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How meeting times are shown: in the council's own time zone (Danish councils meet on Danish time,
 * whatever the viewer's device says), with the viewer's language for names of days and months.
 */
public final class MeetingTimes {

    public static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/Copenhagen");

    private MeetingTimes() {
    }

    /** E.g. "torsdag den 29. februar 2024" or "Thursday, 29 February 2024". */
    public static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(local(instant));
    }

    /** E.g. "10.30–13.00" in Danish, "10:30–13:00" in English; just the start when there is no end. */
    public static String timeRange(Instant start, Instant end, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern(
                "da".equals(locale.getLanguage()) ? "HH.mm" : "HH:mm", locale);
        String from = time.format(local(start));
        return end == null ? from : from + "–" + time.format(local(end));
    }

    /** E.g. "28.11. kl. 14.05" in Danish, "28 Nov, 14:05" in English: when an item last changed. */
    public static String shortDateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("da".equals(locale.getLanguage()) ? "d.M. 'kl.' HH.mm" : "d MMM, HH:mm",
                locale).format(local(instant));
    }

    private static ZonedDateTime local(Instant instant) {
        return instant.atZone(COUNCIL_ZONE);
    }
}
