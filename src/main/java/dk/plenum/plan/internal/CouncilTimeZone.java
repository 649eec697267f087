package dk.plenum.plan.internal;

import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * The VTIMEZONE of a zone's current daylight-saving rules, from the JDK's rules. ical4j's own
 * database files Europe/Copenhagen under Europe/Berlin (a link in the tz database since 2022), and a
 * VTIMEZONE whose TZID differs from the events' makes calendar apps guess. Meetings lie in the
 * present and future, so today's rules, repeating yearly, are all a calendar needs.
 */
final class CouncilTimeZone {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    /** "CET" or "CEST". */
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final int FIRST_YEAR = 1970;

    private CouncilTimeZone() {
    }

    static VTimeZone of(ZoneId zone) {
        List<Observance> observances = new ArrayList<>();
        for (ZoneOffsetTransitionRule rule : zone.getRules().getTransitionRules()) {
            ZoneOffsetTransition first = rule.createTransition(FIRST_YEAR);
            // Clocks jump forward (a gap) into summer time.
            Observance observance = first.isGap() ? new Daylight() : new Standard();
            // Named after this year's change: 1970 is only a start date for the rule, not its history.
            observance.add(new TzName(ZONE_NAME.format(
                    rule.createTransition(Year.now(zone).getValue()).getInstant().atZone(zone))));
            observance.add(new TzOffsetFrom(first.getOffsetBefore()));
            observance.add(new TzOffsetTo(first.getOffsetAfter()));
            observance.add(new DtStart<>(LOCAL.format(first.getDateTimeBefore())));
            observance.add(new RRule<>("FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";BYDAY="
                    + weekOfMonth(rule) + rule.getDayOfWeek().name().substring(0, 2)));
            observances.add(observance);
        }
        VTimeZone timeZone = new VTimeZone(new ComponentList<>(observances));
        timeZone.add(new TzId(zone.getId()));
        return timeZone;
    }

    /** "-1" for the last such weekday of the month (the EU rule: last Sunday of March and October). */
    private static String weekOfMonth(ZoneOffsetTransitionRule rule) {
        int indicator = rule.getDayOfMonthIndicator();
        return indicator < 0 || indicator + 6 >= rule.getMonth().maxLength() ? "-1"
                : String.valueOf((indicator - 1) / 7 + 1);
    }
}
