package dk.plenum.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;

/**
 * What a view works out from the clock as well as from events (how far behind its time plan a meeting runs, when the
 * coming items are now expected), done again by the page's poll while the view is attached and says the clock matters
 * ({@link #tickWhile}), and stopped otherwise: a page with nothing to work out from the clock sends no request for it.
 */
public final class PollTicks {

    /** Twice a minute: what is shown in whole minutes is then at most half a minute late. */
    public static final Duration EVERY = Duration.ofSeconds(30);

    private final Runnable tick;
    private boolean needed;
    private UI attachedTo;
    private Registration ticking;

    private PollTicks(Runnable tick) {
        this.tick = tick;
    }

    /**
     * Runs {@code tick} in the component's UI every {@link #EVERY} while it is attached and the view last said the
     * clock matters to what it shows; until it says so, nothing ticks.
     */
    public static PollTicks whileAttached(Component component, Runnable tick) {
        PollTicks ticks = new PollTicks(tick);
        component.addAttachListener(attach -> {
            ticks.attachedTo = attach.getUI();
            ticks.apply();
        });
        component.addDetachListener(detach -> {
            ticks.stop();
            ticks.attachedTo = null;
        });
        return ticks;
    }

    /** Whether what the view shows now changes with the clock (a running meeting with a time plan). */
    public void tickWhile(boolean clockMatters) {
        needed = clockMatters;
        apply();
    }

    private void apply() {
        if (!needed || attachedTo == null) {
            stop();
        } else if (ticking == null) {
            attachedTo.setPollInterval((int) EVERY.toMillis());
            ticking = attachedTo.addPollListener(poll -> tick.run());
        }
    }

    private void stop() {
        if (ticking != null) {
            ticking.remove();
            ticking = null;
            attachedTo.setPollInterval(-1);
        }
    }
}
