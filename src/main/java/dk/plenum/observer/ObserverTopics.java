package dk.plenum.observer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The STOMP destinations of the live stream on {@code /ws} (docs/api.md, "Live stream (STOMP)"):
 * {@code /topic/meetings/{id}} carries every event as the public may see it,
 * {@code /topic/meetings/{id}/full} every event whole, for the meeting's council and the secretariat.
 */
public final class ObserverTopics {

    public static final String ENDPOINT = "/ws";
    public static final String PREFIX = "/topic";

    private static final Pattern TOPIC = Pattern.compile("/topic/meetings/([A-Za-z0-9-]{1,64})(/full)?");

    private ObserverTopics() {
    }

    /** One meeting's stream for one audience. */
    public record Topic(String meetingId, boolean full) {

        public String destination() {
            return full ? fullOf(meetingId) : publicOf(meetingId);
        }
    }

    public static String publicOf(String meetingId) {
        return PREFIX + "/meetings/" + meetingId;
    }

    public static String fullOf(String meetingId) {
        return publicOf(meetingId) + "/full";
    }

    /** The topic a destination names, or empty when it names none of ours. */
    public static Optional<Topic> parse(String destination) {
        if (destination == null) {
            return Optional.empty();
        }
        Matcher matcher = TOPIC.matcher(destination);
        return matcher.matches() ? Optional.of(new Topic(matcher.group(1), matcher.group(2) != null)) : Optional.empty();
    }
}
