package dk.plenum.observer.internal;

import dk.plenum.live.LiveMeetings;
import dk.plenum.live.LiveSubscription;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingProjection;
import dk.plenum.observer.ObserverTopics;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.PublishedEvent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;
import org.springframework.web.socket.messaging.SessionUnsubscribeEvent;
import tools.jackson.databind.ObjectMapper;

/**
 * The bridge from live meetings to STOMP topics: one {@link LiveMeetings} subscription per meeting that has
 * STOMP subscribers on this instance, not one per observer. Each event is redacted and serialised once per
 * audience and handed to the broker, which only frames the same bytes for each subscriber.
 */
@Component
class MeetingStreams {

    private final LiveMeetings live;
    private final SimpMessageSendingOperations broker;
    private final ObjectMapper json;
    private final Map<String, MeetingStream> streamsByMeeting = new ConcurrentHashMap<>();
    /** Session id → its subscription ids → meeting id: what to release when a subscriber leaves. */
    private final Map<String, Map<String, String>> meetingsBySession = new ConcurrentHashMap<>();

    /** The broker's template is built by the STOMP configuration, which needs the guard, which needs this. */
    MeetingStreams(LiveMeetings live, @Lazy SimpMessageSendingOperations broker, ObjectMapper json) {
        this.live = live;
        this.broker = broker;
        this.json = json;
    }

    /** A STOMP subscription to one of the meeting's topics was admitted: make sure its stream runs. */
    void subscribed(String sessionId, String subscriptionId, Meeting meeting) {
        String replaced = meetingsBySession.computeIfAbsent(sessionId, id -> new ConcurrentHashMap<>())
                .put(subscriptionId, meeting.id());
        streamsByMeeting.compute(meeting.id(), (id, stream) -> {
            MeetingStream joined = stream == null ? new MeetingStream(meeting) : stream;
            joined.subscribers++;
            return joined;
        });
        if (replaced != null) {
            release(replaced);
        }
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

    @EventListener
    void unsubscribed(SessionUnsubscribeEvent event) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.wrap(event.getMessage());
        Map<String, String> subscriptions = meetingsBySession.get(headers.getSessionId());
        String meetingId = subscriptions == null ? null : subscriptions.remove(headers.getSubscriptionId());
        if (meetingId != null) {
            release(meetingId);
        }
    }

    /** Also published twice for one session (DISCONNECT frame, then the socket closing): the second finds nothing. */
    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        Map<String, String> subscriptions = meetingsBySession.remove(event.getSessionId());
        if (subscriptions != null) {
            subscriptions.values().forEach(this::release);
        }
    }

    private void release(String meetingId) {
        streamsByMeeting.computeIfPresent(meetingId, (id, stream) -> {
            if (--stream.subscribers > 0) {
                return stream;
            }
            stream.subscription.close();
            return null;
        });
    }

    private final class MeetingStream {

        /** Guarded by the map's compute. */
        int subscribers;
        final LiveSubscription subscription;
        /** The projection at the last event published; only written on the subscription's own thread. */
        private volatile Meeting meeting;

        MeetingStream(Meeting meeting) {
            this.meeting = meeting;
            this.subscription = live.subscribe(meeting.id(), meeting.lastSeq(), this::publish);
        }

        private void publish(MeetingEvent event) {
            // Redaction asks the meeting at or after the event, e.g. whether an item added since is closed.
            meeting = MeetingProjection.apply(meeting, event);
            send(ObserverTopics.publicOf(meeting.id()), PublishedEvent.of(Audience.PUBLIC, event, meeting));
            send(ObserverTopics.fullOf(meeting.id()), PublishedEvent.of(Audience.MEMBER, event, meeting));
        }

        private void send(String destination, PublishedEvent event) {
            SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
            headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
            headers.setLeaveMutable(true);
            // Bytes as they are: no message converter gets a second go at the JSON.
            broker.send(destination, MessageBuilder.createMessage(json.writeValueAsBytes(event),
                    headers.getMessageHeaders()));
        }
    }
}
