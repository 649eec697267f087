package dk.plenum.preparation;

import dk.plenum.meeting.MeetingKind;
import java.time.Instant;

/**
 * What the secretariat writes about a meeting: its title, kind, time and place. {@code endsAt} and
 * {@code location} may be left out.
 */
public record MeetingDetails(String title, MeetingKind kind, Instant startsAt, Instant endsAt, String location) {
}
