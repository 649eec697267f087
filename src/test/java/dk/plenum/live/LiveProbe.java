package dk.plenum.live;

import dk.plenum.PlenumApplication;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second instance of the whole application for {@link CrossInstanceLiveTest}, run in its own JVM.
 * Each line on stdin is a meeting id to follow from seq 0; each event received is printed with the
 * wall-clock time it reached the listener. End of stdin closes the application.
 */
public final class LiveProbe {

    public static final String READY = "PROBE READY";
    public static final String EVENT = "PROBE EVENT ";
    static final String CLOSED = "PROBE CLOSED";

    private LiveProbe() {
    }

    public static void main(String[] args) throws IOException {
        try (ConfigurableApplicationContext application = SpringApplication.run(PlenumApplication.class, args)) {
            LiveMeetings live = application.getBean(LiveMeetings.class);
            System.out.println(READY);
            BufferedReader meetingIds = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String meetingId = meetingIds.readLine(); meetingId != null; meetingId = meetingIds.readLine()) {
                live.subscribe(meetingId, 0, event -> System.out.println(
                        EVENT + event.seq() + " " + epochMicros(Instant.now())));
            }
        }
        System.out.println(CLOSED);
    }

    static long epochMicros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
