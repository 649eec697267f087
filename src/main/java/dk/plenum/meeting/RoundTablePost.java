package dk.plenum.meeting;

import java.time.Instant;

/** A member's short news under the round-the-table item (bordet rundt). */
public record RoundTablePost(String id, String itemId, String memberId, String text, Instant postedAt,
        boolean edited) {
}
