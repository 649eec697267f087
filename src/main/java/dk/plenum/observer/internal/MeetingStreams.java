package dk.plenum.observer.internal;

import dk.plenum.live.LiveMeetings;
import dk.plenum.live.LiveSubscription;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingProjection;
import dk.plenum.observer.ObserverTopics;
import dk.plenum.security.Actor;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.MeetingVisibility;
import dk.plenum.visibility.PublishedEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;
import org.springframework.web.socket.messaging.SessionUnsubscribeEvent;
import tools.jackson.databind.ObjectMapper;

/**
 * The bridge from live meetings to STOMP subscribers: one {@link LiveMeetings} subscription per meeting that has
 * STOMP subscribers on this instance, not one per observer. Each event is redacted and serialised once per
 * audience and framed once per subscription id (clients mostly use the same one), and the same string is queued
 * on every subscriber's {@link SocketOutbox}, a large crowd on all cores at once ({@link ParallelSweep}).
 * <p>
 * Spring's simple broker still registers the subscriptions (receipts, unsubscribe and disconnect events), but the
 * events do not pass through it: per subscriber it built a message, ran it through a thread pool and encoded it
 * again, which cost more than the socket write (docs/benchmarks.md).
 */
@Component
class MeetingStreams {

    private final LiveMeetings live;
    private final SocketOutboxes outboxes;
    private final ObjectMapper json;
    private final Map<String, MeetingStream> streamsByMeeting = new ConcurrentHashMap<>();
    /** Session id → its subscription ids → meeting id: what to release when a subscriber leaves. */
    private final Map<String, Map<String, String>> meetingsBySession = new ConcurrentHashMap<>();
    private final int maxSubscriptionsPerSession;
    private final ParallelSweep sweep = new ParallelSweep(Runtime.getRuntime().availableProcessors());

    MeetingStreams(LiveMeetings live, SocketOutboxes outboxes, ObjectMapper json, ObserverProperties properties,
            MeterRegistry registry) {
        this.live = live;
        this.outboxes = outboxes;
        this.json = json;
        this.maxSubscriptionsPerSession = properties.maxSubscriptionsPerConnection();
        for (Audience audience : Audience.values()) {
            Gauge.builder("plenum.observers", this, streams -> streams.subscriptions(audience))
                    .description("STOMP subscriptions to meeting streams on this instance, by the audience admitted")
                    .tag("audience", audience.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }

    /**
     * A STOMP subscription to one of the meeting's topics was admitted: its events go to the session from now on.
     * Refused past the session's limit of subscriptions: a thousand on one socket cost the server a thousand
     * frames per event.
     *
     * @param insider who subscribed to the full topic, or null for the public topic
     */
    void subscribed(String sessionId, String subscriptionId, Meeting meeting, Actor insider) {
        SocketOutbox outbox = outboxes.of(sessionId)
                .orElseThrow(() -> new IllegalStateException("No open socket for session " + sessionId));
        String[] replaced = new String[1];
        // In compute, so that a session's SUBSCRIBE frames handled on several threads at once cannot overshoot.
        meetingsBySession.compute(sessionId, (id, subscriptions) -> {
            Map<String, String> held = subscriptions == null ? new ConcurrentHashMap<>() : subscriptions;
            if (!held.containsKey(subscriptionId) && held.size() >= maxSubscriptionsPerSession) {
                throw new StreamRefusal("At most " + maxSubscriptionsPerSession + " subscriptions per connection.");
            }
            replaced[0] = held.put(subscriptionId, meeting.id());
            return held;
        });
        if (replaced[0] != null) {
            release(replaced[0], sessionId, subscriptionId);
        }
        Audience admitted = insider == null ? Audience.PUBLIC : insider.audienceFor(meeting);
        streamsByMeeting.compute(meeting.id(), (id, stream) -> {
            MeetingStream joined = stream == null ? new MeetingStream(meeting) : stream;
            joined.subscribers.put(key(sessionId, subscriptionId),
                    new Subscriber(outbox, subscriptionId, insider, admitted));
            return joined;
        });
    }

    /**
     * The meeting as its running stream last published it: a crowd (re)connecting at once then costs no
     * store reads. Possibly an event behind; enough to admit a subscriber, whose events come from the stream.
     */
    Optional<Meeting> running(String meetingId) {
        return Optional.ofNullable(streamsByMeeting.get(meetingId)).map(stream -> stream.meeting);
    }

    int runningStreams() {
        return streamsByMeeting.size();
    }

    /** The subscriptions on this instance that were admitted for {@code audience}; counted when Prometheus asks. */
    long subscriptions(Audience audience) {
        return streamsByMeeting.values().stream().flatMap(stream -> stream.subscribers.values().stream())
                .filter(subscriber -> subscriber.admitted() == audience).count();
    }

    @EventListener
    void unsubscribed(SessionUnsubscribeEvent event) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.wrap(event.getMessage());
        Map<String, String> subscriptions = meetingsBySession.get(headers.getSessionId());
        String meetingId = subscriptions == null ? null : subscriptions.remove(headers.getSubscriptionId());
        if (meetingId != null) {
            release(meetingId, headers.getSessionId(), headers.getSubscriptionId());
        }
    }

    /** Also published twice for one session (DISCONNECT frame, then the socket closing): the second finds nothing. */
    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        Map<String, String> subscriptions = meetingsBySession.remove(event.getSessionId());
        if (subscriptions != null) {
            subscriptions.forEach((subscriptionId, meetingId) -> release(meetingId, event.getSessionId(), subscriptionId));
        }
    }

    private void release(String meetingId, String sessionId, String subscriptionId) {
        streamsByMeeting.computeIfPresent(meetingId, (id, stream) -> {
            stream.subscribers.remove(key(sessionId, subscriptionId));
            if (!stream.subscribers.isEmpty()) {
                return stream;
            }
            stream.subscription.close();
            return null;
        });
    }

    @PreDestroy
    void stopSweeping() {
        sweep.close();
    }

    private static String key(String sessionId, String subscriptionId) {
        return sessionId + '\n' + subscriptionId;
    }

    /** @param admitted the audience the subscription was admitted for, as counted in {@code plenum.observers} */
    private record Subscriber(SocketOutbox outbox, String subscriptionId, Actor insider, Audience admitted) {

        /**
         * Asked at every event: on the full topic, a substitute no longer seated, or a member no longer
         * summoned, gets the public's copy from then on (still every seq) rather than what only insiders read.
         */
        Delivery deliveryIn(Meeting meeting) {
            if (insider == null) {
                return new Delivery(Audience.PUBLIC, false);
            }
            boolean stillInsider = insider.audienceFor(meeting) != Audience.PUBLIC;
            return new Delivery(stillInsider ? Audience.MEMBER : Audience.PUBLIC, true);
        }
    }

    /** What one kind of subscriber receives of an event: the audience's copy, on its topic. */
    private record Delivery(Audience audience, boolean fullTopic) {
    }

    private final class MeetingStream {

        /** Added and removed inside the streams map's compute; iterated by the subscription's thread. */
        final Map<String, Subscriber> subscribers = new ConcurrentHashMap<>();
        final LiveSubscription subscription;
        /** The projection at the last event published; only written on the subscription's own thread. */
        private volatile Meeting meeting;
        /**
         * Per audience, the last seq it was shown: a message's {@code previous-seq}. From the stream's start, the
         * meeting's last seq: never below the true one, so a client at worst fetches the log once for nothing.
         */
        private final Map<Audience, Long> lastShownSeq = new EnumMap<>(Audience.class);

        MeetingStream(Meeting meeting) {
            this.meeting = meeting;
            for (Audience audience : Audience.values()) {
                lastShownSeq.put(audience, meeting.lastSeq());
            }
            this.subscription = live.subscribe(meeting.id(), meeting.lastSeq(), this::publish);
        }

        private void publish(MeetingEvent event) {
            // Redaction asks the meeting at or after the event, e.g. whether an item added since is closed.
            meeting = MeetingProjection.apply(meeting, event);
            // Moved on for every audience, subscribed or not: a subscriber may join, or be demoted, at any event.
            Map<Audience, Long> previousSeq = new EnumMap<>(Audience.class);
            for (Audience audience : Audience.values()) {
                if (!MeetingVisibility.isWithheldFrom(audience, event)) {
                    previousSeq.put(audience, lastShownSeq.put(audience, event.seq()));
                }
            }
            Map<Delivery, StompMessage> messages = new ConcurrentHashMap<>();
            Meeting shownIn = meeting;
            sweep.forEach(List.copyOf(subscribers.values()), subscriber -> {
                Delivery delivery = subscriber.deliveryIn(shownIn);
                if (!previousSeq.containsKey(delivery.audience())) {
                    return;
                }
                StompMessage message = messages.computeIfAbsent(delivery,
                        shown -> new StompMessage(shown.fullTopic() ? ObserverTopics.fullOf(shownIn.id())
                                : ObserverTopics.publicOf(shownIn.id()),
                        event.seq(), previousSeq.get(shown.audience()),
                        json.writeValueAsString(PublishedEvent.of(shown.audience(), event, shownIn))));
                subscriber.outbox().send(message.frameFor(subscriber.subscriptionId()));
            });
        }
    }

    /**
     * One event for one audience, framed per subscription id as Spring's STOMP encoder would. {@code previous-seq}:
     * the seq of the topic's message before it, so a client tells a gap (catch up from the log) from an event its
     * audience was not sent (nothing to fetch).
     */
    private static final class StompMessage {

        private final String head;
        private final String tail;
        /** Filled by the sweep's slices at once. */
        private final Map<String, String> framesBySubscription = new ConcurrentHashMap<>();

        StompMessage(String destination, long seq, long previousSeq, String body) {
            this.head = "MESSAGE\ndestination:" + escape(destination) + "\ncontent-type:application/json\nsubscription:";
            this.tail = "\nmessage-id:" + seq + "\nprevious-seq:" + previousSeq + "\ncontent-length:"
                    + body.getBytes(StandardCharsets.UTF_8).length + "\n\n" + body + '\0';
        }

        String frameFor(String subscriptionId) {
            return framesBySubscription.computeIfAbsent(subscriptionId, id -> head + escape(id) + tail);
        }

        /** STOMP 1.2 header value escaping. */
        private static String escape(String value) {
            return value.replace("\\", "\\\\").replace(":", "\\c").replace("\n", "\\n").replace("\r", "\\r");
        }
    }
}
