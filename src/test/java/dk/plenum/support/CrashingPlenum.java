package dk.plenum.support;

import dk.plenum.PlenumApplication;
import dk.plenum.meeting.MeetingEvent;
import java.io.IOException;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.PayloadApplicationEvent;

/**
 * The application, except that it kills itself with SIGKILL right after storing the first event of the
 * type named by the system property {@value #CRASH_AFTER}: between the append and the answer, where a
 * real crash leaves a command stored but unacknowledged. Listeners hear of an event after it is stored
 * and before the command returns.
 */
public final class CrashingPlenum {

    public static final String CRASH_AFTER = "plenum.test.crash-after-event";

    private CrashingPlenum() {
    }

    public static void main(String[] args) {
        String fatalType = System.getProperty(CRASH_AFTER);
        SpringApplication application = new SpringApplication(PlenumApplication.class);
        application.addListeners((ApplicationEvent published) -> {
            if (published instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof MeetingEvent event && event.type().equals(fatalType)) {
                killMyself();
            }
        });
        application.run(args);
    }

    private static void killMyself() {
        try {
            new ProcessBuilder("kill", "-9", Long.toString(ProcessHandle.current().pid())).start().waitFor();
            Thread.sleep(Long.MAX_VALUE); // SIGKILL arrives before anything else happens on this thread
        } catch (IOException | InterruptedException cannotKill) {
            Runtime.getRuntime().halt(1);
        }
    }
}
