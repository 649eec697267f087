package dk.plenum.live.internal;

import dk.plenum.live.EveryMeetingFeed;
import dk.plenum.live.LiveMeetings;
import dk.plenum.live.LiveSubscription;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingJournal;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * This instance's subscribers, by meeting. Each event, committed here or read from the change stream,
 * is only queued on each subscriber's lane, so the committing thread returns at once.
 * <p>
 * A view's lane is a virtual thread: it only schedules the view's redraw, which runs on a virtual thread too. A
 * stream's lane, which sends each event on to thousands of sockets, is a platform thread: the OS gives it its turn
 * beside the few carriers of virtual threads, so a hundred views redrawing at once never queue in front of it.
 */
@Component
class MeetingFanOut implements LiveMeetings {

    private final MeetingJournal journal;
    private final Map<String, Set<MeetingSubscription>> subscribersByMeeting = new ConcurrentHashMap<>();
    private final Set<EveryMeetingLane> everyMeeting = ConcurrentHashMap.newKeySet();
    private final ExecutorService streamLanes = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("live-stream-", 0).daemon().factory());
    private final Executor viewLanes;
    private final Timer fanOutDelay;
    /** Open subscriptions of people's views ({@link #followInView}), for {@code plenum.ui.following}. */
    private final AtomicInteger viewsFollowing = new AtomicInteger();

    MeetingFanOut(MeetingJournal journal, MeterRegistry registry) {
        this.journal = journal;
        ThreadFactory virtualThreads = Thread.ofVirtual().name("live-view-", 0).factory();
        this.viewLanes = task -> virtualThreads.newThread(task).start();
        this.fanOutDelay = Timer.builder("plenum.fanout.delay")
                .description("From an event's publication on this instance to its subscriber's return from it")
                .publishPercentileHistogram()
                .register(registry);
        Gauge.builder("plenum.ui.following", viewsFollowing, AtomicInteger::get)
                .description("Views (Vaadin UIs) following a meeting live on this instance")
                .register(registry);
    }

    @Override
    public LiveSubscription subscribe(String meetingId, long afterSeq, Consumer<MeetingEvent> listener) {
        return subscribe(meetingId, afterSeq, listener, streamLanes);
    }

    private LiveSubscription subscribe(String meetingId, long afterSeq, Consumer<MeetingEvent> listener,
            Executor lanes) {
        MeetingSubscription subscription = new MeetingSubscription(meetingId, afterSeq, listener, journal, lanes,
                this::remove, fanOutDelay);
        // Registered before it reads the log: an event committed meanwhile is then in the log or queued, or both.
        subscribersByMeeting.compute(meetingId, (id, subscribers) -> {
            Set<MeetingSubscription> present = subscribers == null ? ConcurrentHashMap.newKeySet() : subscribers;
            present.add(subscription);
            return present;
        });
        subscription.start();
        return subscription;
    }

    @Override
    public EveryMeetingFeed followEveryMeeting(Consumer<MeetingEvent> listener) {
        EveryMeetingLane lane = new EveryMeetingLane(listener, everyMeeting::remove);
        everyMeeting.add(lane);
        return lane;
    }

    /**
     * Every committed event, as an application event: published by the journal once its append is
     * acknowledged, and by {@link OtherInstancesChangeStream} for another instance's. Queues it for every
     * subscriber of its meeting on this instance, and for every follower of every meeting.
     */
    @EventListener
    void committed(MeetingEvent event) {
        everyMeeting.forEach(lane -> lane.offer(event));
        Set<MeetingSubscription> subscribers = subscribersByMeeting.get(event.meetingId());
        if (subscribers != null) {
            long committedNanos = System.nanoTime();
            subscribers.forEach(subscriber -> subscriber.offer(event, committedNanos));
        }
    }

    @Override
    public LiveSubscription followInView(String meetingId, long afterSeq, Consumer<MeetingEvent> listener) {
        LiveSubscription subscription = subscribe(meetingId, afterSeq, listener, viewLanes);
        viewsFollowing.incrementAndGet();
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                viewsFollowing.decrementAndGet();
            }
            subscription.close();
        };
    }

    private void remove(MeetingSubscription subscription) {
        subscribersByMeeting.computeIfPresent(subscription.meetingId(), (id, subscribers) -> {
            subscribers.remove(subscription);
            return subscribers.isEmpty() ? null : subscribers;
        });
    }

    @PreDestroy
    void closeAll() {
        subscribersByMeeting.values().forEach(subscribers -> subscribers.forEach(MeetingSubscription::close));
        everyMeeting.forEach(EveryMeetingLane::close);
        streamLanes.shutdown();
    }
}
