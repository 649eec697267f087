package dk.plenum.meeting;

import dk.plenum.meeting.SpeakerChanges.FloorEnded;
import dk.plenum.meeting.SpeakerChanges.FloorGiven;
import dk.plenum.meeting.SpeakerChanges.ItemSpeakerChange;
import dk.plenum.meeting.SpeakerChanges.ItemSpeakingTimeSet;
import dk.plenum.meeting.SpeakerChanges.SpeakerListClosed;
import dk.plenum.meeting.SpeakerChanges.SpeakerListReopened;
import dk.plenum.meeting.SpeakerChanges.SpeakerRequested;
import dk.plenum.meeting.SpeakerChanges.SpeakerWithdrawn;
import dk.plenum.meeting.SpeakerChanges.SpeakersReordered;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The meeting's speaker lists, one per item anyone asked to speak on, and the meeting's speaking time in seconds
 * ({@code limitSeconds}, null for none), which every item without its own uses.
 */
public record SpeakerLists(Integer limitSeconds, List<SpeakerList> lists) {

    public static final SpeakerLists NONE = new SpeakerLists(null, List.of());

    public SpeakerLists {
        lists = lists == null ? List.of() : List.copyOf(lists);
    }

    /** The item's list; an empty one when nobody asked to speak on it yet. */
    public SpeakerList of(String itemId) {
        return lists.stream().filter(list -> list.itemId().equals(itemId)).findFirst()
                .orElseGet(() -> SpeakerList.empty(itemId));
    }

    /** The lists of the items {@code shown} accepts only: what {@code visibility.MeetingVisibility} leaves. */
    public SpeakerLists onlyOf(Predicate<String> shown) {
        return new SpeakerLists(limitSeconds, lists.stream().filter(list -> shown.test(list.itemId())).toList());
    }

    SpeakerLists withLimit(Integer seconds) {
        return new SpeakerLists(seconds, lists);
    }

    /**
     * The lists after {@code change}, made at {@code at}. A change that names no item (the public's copy of a
     * change to a closed item's list) changes nothing.
     */
    SpeakerLists after(ItemSpeakerChange change, Instant at) {
        if (change.itemId() == null) {
            return this;
        }
        return change(change.itemId(), list -> switch (change) {
            case SpeakerRequested requested -> {
                List<SpeakerList.Request> queue = new ArrayList<>(list.queue());
                // A reply comes right after the current speaker: after the replies already waiting, before the rest.
                int position = requested.reply() ? (int) queue.stream().takeWhile(SpeakerList.Request::reply).count()
                        : queue.size();
                queue.add(position, new SpeakerList.Request(requested.memberId(), requested.reply()));
                yield new SpeakerList(list.itemId(), list.closed(), list.limitSeconds(), list.floor(), queue);
            }
            case SpeakerWithdrawn withdrawn -> new SpeakerList(list.itemId(), list.closed(), list.limitSeconds(),
                    list.floor(), list.queue().stream()
                            .filter(request -> !request.memberId().equals(withdrawn.memberId())).toList());
            case FloorGiven given -> {
                boolean reply = list.queue().stream().filter(request -> request.memberId().equals(given.memberId()))
                        .anyMatch(SpeakerList.Request::reply);
                Integer limit = list.limitSeconds() != null ? list.limitSeconds() : limitSeconds;
                yield new SpeakerList(list.itemId(), list.closed(), list.limitSeconds(),
                        new SpeakerList.Floor(given.memberId(), at, limit, reply), list.queue().stream()
                                .filter(request -> !request.memberId().equals(given.memberId())).toList());
            }
            case FloorEnded ended -> new SpeakerList(list.itemId(), list.closed(), list.limitSeconds(), null,
                    list.queue());
            case SpeakersReordered reordered -> new SpeakerList(list.itemId(), list.closed(), list.limitSeconds(),
                    list.floor(), list.queue().stream().sorted(Comparator.comparingInt(
                            request -> reordered.memberIds().indexOf(request.memberId()))).toList());
            case SpeakerListClosed closed -> new SpeakerList(list.itemId(), true, list.limitSeconds(), list.floor(),
                    list.queue());
            case SpeakerListReopened reopened -> new SpeakerList(list.itemId(), false, list.limitSeconds(),
                    list.floor(), list.queue());
            case ItemSpeakingTimeSet set -> new SpeakerList(list.itemId(), list.closed(), set.seconds(), list.floor(),
                    list.queue());
        });
    }

    private SpeakerLists change(String itemId, UnaryOperator<SpeakerList> change) {
        List<SpeakerList> changed = new ArrayList<>(lists);
        changed.removeIf(list -> list.itemId().equals(itemId));
        changed.add(change.apply(of(itemId)));
        return new SpeakerLists(limitSeconds, changed);
    }
}
