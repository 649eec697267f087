package dk.plenum.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns change notices from any thread into refreshes in the UI, at most one per interval: the first
 * news after a quiet spell is shown at once, and a burst (a decision recorded, the next item made
 * current) becomes one more refresh when the interval is up. Vaadin advises a few pushes per second
 * per UI at most.
 * <p>
 * Each refresh runs on a virtual thread, as the live fan-out's lanes do. On two cores the JDK's default async
 * pool is a new platform thread per task: a decision started a hundred of them at once, and the scheduler shared
 * the cores among them and the one lane sending it to thousands of STOMP observers, which then waited for every
 * view's redraw (docs/benchmarks.md). Virtual threads take turns on the same carriers, and a push blocked on a
 * browser that stopped reading holds no carrier.
 */
public final class CoalescedRefresh {

    private static final Executor ON_A_VIRTUAL_THREAD = task -> Thread.ofVirtual().name("ui-refresh").start(task);

    private final UI ui;
    private final Duration interval;
    private final Runnable refresh;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastRefreshNanos = System.nanoTime() - Duration.ofDays(1).toNanos();

    public CoalescedRefresh(UI ui, Duration interval, Runnable refresh) {
        this.ui = ui;
        this.interval = interval;
        this.refresh = refresh;
    }

    /** Something changed; safe to call from any thread, as often as events come. */
    public void changed() {
        if (scheduled.compareAndSet(false, true)) {
            long waitNanos = Math.max(0, lastRefreshNanos + interval.toNanos() - System.nanoTime());
            CompletableFuture.runAsync(this::refreshNow,
                    CompletableFuture.delayedExecutor(waitNanos, TimeUnit.NANOSECONDS, ON_A_VIRTUAL_THREAD));
        }
    }

    private void refreshNow() {
        try {
            ui.access(() -> {
                // Cleared first: a change during this refresh schedules the next one.
                scheduled.set(false);
                lastRefreshNanos = System.nanoTime();
                refresh.run();
            });
        } catch (UIDetachedException closed) {
            // The page is gone; a returning one gets a new UI that reads the meeting afresh.
        }
    }
}
