package dk.plenum.operations;

import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.security.AccountService;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;

/**
 * Notes, at the moment an application declares itself ready for traffic, what start-up had loaded by then. Registered
 * for every test application in {@code META-INF/spring.factories}; an application without Plenum's services (a
 * benchmark's baseline) is left alone.
 */
public final class ReadinessWitness implements ApplicationListener<AvailabilityChangeEvent<?>> {

    /** What existed when the application became ready. */
    record AtReadiness(boolean administratorAccount, boolean memberAccount, long demoBilagFiles,
            boolean comingDemoMeeting) {
    }

    private static final Map<ApplicationContext, AtReadiness> SEEN = new ConcurrentHashMap<>();

    @Override
    public void onApplicationEvent(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC
                || !(event.getSource() instanceof ApplicationContext context)) {
            return;
        }
        AccountService accounts = context.getBeanProvider(AccountService.class).getIfAvailable();
        MeetingJournal journal = context.getBeanProvider(MeetingJournal.class).getIfAvailable();
        if (accounts == null || journal == null) {
            return;
        }
        Instant now = Instant.now();
        var demoMeetings = journal.findAll().stream()
                .filter(meeting -> "Erhvervsrådet".equals(meeting.councilName())).toList();
        SEEN.put(context, new AtReadiness(accounts.find("sekretariat").isPresent(), accounts.find("kirsten").isPresent(),
                demoMeetings.stream().flatMap(meeting -> meeting.items().stream())
                        .flatMap(item -> item.attachments().stream()).filter(Attachment::hasFile).count(),
                demoMeetings.stream().anyMatch(meeting -> meeting.status() != MeetingStatus.CANCELLED
                        && meeting.startsAt().isAfter(now))));
    }

    static Optional<AtReadiness> of(ApplicationContext context) {
        return Optional.ofNullable(SEEN.get(context));
    }
}
