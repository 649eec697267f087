package dk.plenum.agenda.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns a burst of change notices from any thread into one refresh in the UI a moment later: a
 * secretariat recording a decision and moving on sends several events, but the tablet re-reads and
 * re-renders once, and pushes a few times per second at most.
 */
final class CoalescedRefresh {

    private final UI ui;
    private final Runnable refresh;
    private final Executor later;
    private final AtomicBoolean pending = new AtomicBoolean();

    CoalescedRefresh(UI ui, Duration delay, Runnable refresh) {
        this.ui = ui;
        this.refresh = refresh;
        this.later = CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Something changed; safe to call from any thread, as often as events come. */
    void changed() {
        if (pending.compareAndSet(false, true)) {
            later.execute(this::refreshNow);
        }
    }

    private void refreshNow() {
        try {
            ui.access(() -> {
                // Cleared first: a change during this refresh schedules the next one.
                pending.set(false);
                refresh.run();
            });
        } catch (UIDetachedException closed) {
            // The tablet is gone; a returning one gets a new UI that reads the meeting afresh.
        }
    }
}
