package dk.plenum.meeting;

import java.util.List;

/**
 * The changes to the speaker lists (talerlister) of a running meeting, each one event in the log. Every one but
 * {@link MeetingSpeakingTimeSet} concerns one item's list.
 */
public final class SpeakerChanges {

    private SpeakerChanges() {
    }

    /** A change to one item's speaker list; redacted, for the public, to one that names no item and no member. */
    public sealed interface ItemSpeakerChange {

        String itemId();

        /** The same kind of change without anything in it: what the public gets of a closed item's list. */
        MeetingChange hidden();
    }

    /** A member asked to speak from the tablet, or the secretariat put a participant on the list. */
    @StoredEvent(type = "SPEAKER_REQUESTED")
    public record SpeakerRequested(String itemId, String memberId, boolean reply)
            implements MeetingChange, ItemSpeakerChange {

        @Override
        public MeetingChange hidden() {
            return new SpeakerRequested(null, null, false);
        }
    }

    /** A waiting speaker left the list: withdrawn by the member, or taken off by the secretariat. */
    @StoredEvent(type = "SPEAKER_WITHDRAWN")
    public record SpeakerWithdrawn(String itemId, String memberId) implements MeetingChange, ItemSpeakerChange {

        @Override
        public MeetingChange hidden() {
            return new SpeakerWithdrawn(null, null);
        }
    }

    /** The floor given to a waiting speaker, at the event's time; whoever spoke before is done. */
    @StoredEvent(type = "FLOOR_GIVEN")
    public record FloorGiven(String itemId, String memberId) implements MeetingChange, ItemSpeakerChange {

        @Override
        public MeetingChange hidden() {
            return new FloorGiven(null, null);
        }
    }

    /** The speaker is done, and nobody has the floor. */
    @StoredEvent(type = "FLOOR_ENDED")
    public record FloorEnded(String itemId) implements MeetingChange, ItemSpeakerChange {

        @Override
        public MeetingChange hidden() {
            return new FloorEnded(null);
        }
    }

    /** The waiting speakers in a new order: every one of them, as the list was when the command was decided. */
    @StoredEvent(type = "SPEAKERS_REORDERED")
    public record SpeakersReordered(String itemId, List<String> memberIds) implements MeetingChange, ItemSpeakerChange {

        public SpeakersReordered {
            memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        }

        @Override
        public MeetingChange hidden() {
            return new SpeakersReordered(null, List.of());
        }
    }

    /** No more requests from the tablets on this item. */
    @StoredEvent(type = "SPEAKER_LIST_CLOSED")
    public record SpeakerListClosed(String itemId) implements MeetingChange, ItemSpeakerChange {

        @Override
        public MeetingChange hidden() {
            return new SpeakerListClosed(null);
        }
    }

    @StoredEvent(type = "SPEAKER_LIST_REOPENED")
    public record SpeakerListReopened(String itemId) implements MeetingChange, ItemSpeakerChange {

        @Override
        public MeetingChange hidden() {
            return new SpeakerListReopened(null);
        }
    }

    /** One item's speaking time in seconds, for the speakers given the floor from now on; null: the meeting's. */
    @StoredEvent(type = "ITEM_SPEAKING_TIME_SET")
    public record ItemSpeakingTimeSet(String itemId, Integer seconds) implements MeetingChange, ItemSpeakerChange {

        @Override
        public MeetingChange hidden() {
            return new ItemSpeakingTimeSet(null, null);
        }
    }

    /** The meeting's speaking time in seconds, for every item without its own; null: no limit. */
    @StoredEvent(type = "MEETING_SPEAKING_TIME_SET")
    public record MeetingSpeakingTimeSet(Integer seconds) implements MeetingChange {
    }
}
