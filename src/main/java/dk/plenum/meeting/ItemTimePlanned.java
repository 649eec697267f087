package dk.plenum.meeting;

/** The time plan gives the item {@code plannedMinutes} (null: the item is no longer planned). */
@StoredEvent(type = "ITEM_TIME_PLANNED", version = 1)
public record ItemTimePlanned(String itemId, Integer plannedMinutes) implements MeetingChange {
}
