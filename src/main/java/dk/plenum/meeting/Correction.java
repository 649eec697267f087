package dk.plenum.meeting;

import java.time.Instant;

/**
 * A change to a decision after the minutes were approved (rettelse): when, by whom, why, and what the
 * decision said before, so the minutes show the correction instead of silently printing new text.
 */
public record Correction(Instant at, String by, String reason, String previousText) {
}
