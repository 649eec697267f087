package dk.plenum.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One item's list of speakers (talerliste): who has the floor, since when and for how long, and who waits, in
 * the order they will speak. A reply (replik) waits before every ordinary request. {@code closed}: no more
 * requests from the tablets. {@code limitSeconds}: this item's speaking time, or null for the meeting's.
 */
public record SpeakerList(String itemId, boolean closed, Integer limitSeconds, Floor floor, List<Request> queue) {

    public SpeakerList {
        queue = queue == null ? List.of() : List.copyOf(queue);
    }

    /** An item nobody asked to speak on yet. */
    public static SpeakerList empty(String itemId) {
        return new SpeakerList(itemId, false, null, null, List.of());
    }

    /** Who speaks now: {@code givenAt} is the server's instant, {@code limitSeconds} null for no limit. */
    public record Floor(String memberId, Instant givenAt, Integer limitSeconds, boolean reply) {

        /** When the speaking time runs out; every client counts down to it on its own clock. */
        public Optional<Instant> endsAt() {
            return limitSeconds == null ? Optional.empty() : Optional.of(givenAt.plusSeconds(limitSeconds));
        }
    }

    /** A member waiting to speak; {@code reply}: a short answer to the speaker before them (replik). */
    public record Request(String memberId, boolean reply) {
    }

    public boolean isQueued(String memberId) {
        return queue.stream().anyMatch(request -> request.memberId().equals(memberId));
    }

    public boolean hasFloor(String memberId) {
        return floor != null && floor.memberId().equals(memberId);
    }

    public boolean isEmpty() {
        return floor == null && queue.isEmpty() && !closed && limitSeconds == null;
    }
}
