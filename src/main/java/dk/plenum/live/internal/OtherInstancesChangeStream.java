package dk.plenum.live.internal;

import dk.plenum.meeting.OtherInstancesEvents;
import dk.plenum.store.StoreMode;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * While the application runs, events committed by other instances sharing the store are published here as
 * the journal publishes this instance's own: as application events, so that every listener (live
 * subscribers, the search index) hears of every commit, wherever it was made. Whether to watch at all is
 * this module's setting, {@code plenum.live.change-stream}.
 */
@Component
@EnableConfigurationProperties(LiveProperties.class)
class OtherInstancesChangeStream implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OtherInstancesChangeStream.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(10);

    private final OtherInstancesEvents otherInstances;
    private final ApplicationEventPublisher publisher;
    private final boolean enabled;
    private volatile OtherInstancesEvents.@Nullable Watch watch;

    OtherInstancesChangeStream(OtherInstancesEvents otherInstances, ApplicationEventPublisher publisher,
            LiveProperties properties, StoreMode store) {
        this.otherInstances = otherInstances;
        this.publisher = publisher;
        this.enabled = switch (properties.changeStream()) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> store.changeStreams();
        };
        log.info("Live events of other instances: change stream on the event log {} (plenum.live.change-stream={})",
                enabled ? "on" : "off", properties.changeStream().name().toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean isAutoStartup() {
        return enabled;
    }

    /** Returns once the stream watches, so that nothing another instance commits after startup is missed. */
    @Override
    public void start() {
        watch = otherInstances.watch(publisher::publishEvent, STARTUP_WAIT);
    }

    @Override
    public void stop() {
        OtherInstancesEvents.Watch stopping = watch;
        watch = null;
        if (stopping != null) {
            stopping.close();
        }
    }

    @Override
    public boolean isRunning() {
        return watch != null;
    }
}
