package dk.plenum.speakers;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/**
 * The speaking time left, as m:ss, counted down in the browser: the server sends the instant the time runs out
 * once, with its own clock's reading, and the page ticks on its own from there (no event per second). The clock
 * difference between server and tablet is taken out, so every screen in the room shows the same time.
 */
class Countdown extends Span {

    private static final String TICK = """
            const el = this;
            clearInterval(el.plenumTimer);
            if ($0 === null) { el.textContent = ''; return; }
            const skew = $1 - Date.now();
            const tick = () => {
              const left = Math.max(0, Math.ceil(($0 - Date.now() - skew) / 1000));
              el.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
              el.classList.toggle('plenum-countdown-over', left === 0);
              if (left === 0) { clearInterval(el.plenumTimer); }
            };
            tick();
            el.plenumTimer = setInterval(tick, 250);
            """;

    private Instant shownEnd;

    Countdown() {
        addClassName("plenum-countdown");
        getElement().setAttribute("role", "timer");
    }

    /** Counts down to {@code endsAt}; null stops and empties it. */
    void countTo(Instant endsAt) {
        if (endsAt == null ? shownEnd == null : endsAt.equals(shownEnd)) {
            return;
        }
        shownEnd = endsAt;
        setVisible(endsAt != null);
        getElement().executeJs(TICK, endsAt == null ? null : endsAt.toEpochMilli(), Instant.now().toEpochMilli());
    }
}
