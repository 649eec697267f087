package dk.plenum.observer.internal;

import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.observer.ObserverTopics;
import dk.plenum.observer.ObserverTopics.Topic;
import dk.plenum.security.Actor;
import dk.plenum.security.CurrentActor;
import dk.plenum.security.EndedLogins;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.MeetingVisibility;
import java.security.Principal;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

/**
 * Decides every frame an observer sends, on the inbound channel. SUBSCRIBE is admitted only to a known
 * meeting's public topic, or to its full topic for the council's members and the secretariat; SEND is
 * refused. A refusal throws, which Spring answers with an ERROR frame ({@link PlainStompErrors}) and closes the
 * connection.
 * {@link SubscriptionReceipts} answers the admitted ones' receipts.
 */
@Component
class SubscriptionGuard implements ChannelInterceptor {

    private final MeetingJournal journal;
    private final MeetingStreams streams;
    private final EndedLogins endedLogins;

    SubscriptionGuard(MeetingJournal journal, MeetingStreams streams, EndedLogins endedLogins) {
        this.journal = journal;
        this.streams = streams;
        this.endedLogins = endedLogins;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message; // heartbeats
        }
        if (stomp.getCommand() == StompCommand.SUBSCRIBE) {
            admit(stomp);
        } else if (stomp.getCommand() == StompCommand.SEND) {
            throw new StreamRefusal("The live stream is read-only: SEND is not accepted.");
        }
        return message;
    }

    private void admit(StompHeaderAccessor stomp) {
        // Also makes this instance watch the login, so that the stream is closed when it ends (EndedLoginStreams),
        // even if the login makes no request here.
        if (endedLogins.hasEnded(stomp.getUser())) {
            throw new StreamRefusal(EndedLoginStreams.MESSAGE);
        }
        if (stomp.getSubscriptionId() == null) {
            throw new StreamRefusal("SUBSCRIBE needs an id header.");
        }
        String destination = stomp.getDestination();
        Topic topic = ObserverTopics.parse(destination).orElseThrow(() -> new StreamRefusal(
                "Unknown destination " + destination + ": subscribe to /topic/meetings/{id} or /topic/meetings/{id}/full."));
        Meeting meeting = streams.running(topic.meetingId()).or(() -> journal.find(topic.meetingId()))
                .orElseThrow(() -> new StreamRefusal("No meeting " + topic.meetingId() + "."));
        Audience audience = CurrentActor.of(stomp.getUser()).map(actor -> actor.audienceFor(meeting))
                .orElse(Audience.PUBLIC);
        if (!MeetingVisibility.isVisibleTo(audience, meeting)) {
            throw new StreamRefusal("No meeting " + topic.meetingId() + ".");
        }
        Actor insider = topic.full() ? insider(stomp.getUser(), meeting) : null;
        if (topic.full() && insider == null) {
            throw new StreamRefusal("The full stream is for the council's members and the secretariat: "
                    + "log in with HTTP Basic on the handshake, or subscribe to " + ObserverTopics.publicOf(meeting.id())
                    + ".");
        }
        // Before the broker registers it (not on SessionSubscribeEvent, which may come later): once the
        // client has its receipt, the meeting's stream runs and every later event reaches the topic.
        streams.subscribed(stomp.getSessionId(), stomp.getSubscriptionId(), meeting, insider);
    }

    /** The logged-in member or secretary entitled to the meeting's full stream now, else null. */
    private static Actor insider(Principal user, Meeting meeting) {
        return CurrentActor.of(user).filter(actor -> actor.audienceFor(meeting) != Audience.PUBLIC).orElse(null);
    }
}
