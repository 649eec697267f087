package dk.plenum.search;

import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Visibility;
import java.time.Instant;

/**
 * One item found, as the caller may see it: where it is, its decision's outcome (null without a
 * decision), and a snippet of its text around the first term found.
 */
public record SearchHit(String meetingId, String councilName, String meetingTitle, Instant startsAt, String itemId,
        int number, String title, Visibility visibility, DecisionOutcome outcome, String snippet) {
}
