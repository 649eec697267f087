package dk.plenum.search;

import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Visibility;
import java.time.Instant;

/**
 * One item found, as the caller may see it: where it is, its decision's outcome (null without a
 * decision), and a snippet of its text around the first term found. A hit inside one of the item's Bilag
 * says which and where in {@code bilag}, and its snippet is from that page; {@code bilag} is null for a hit in
 * the item itself.
 */
public record SearchHit(String meetingId, String councilName, String meetingTitle, Instant startsAt, String itemId,
        int number, String title, Visibility visibility, DecisionOutcome outcome, String snippet, InBilag bilag) {

    /** The Bilag and its page holding the words, and the reader's address opening it at that page. */
    public record InBilag(String attachmentId, String name, Visibility visibility, int page, String readerPath) {
    }
}
