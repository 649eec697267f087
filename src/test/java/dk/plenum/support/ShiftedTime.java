package dk.plenum.support;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The time the time plan is worked out at in every {@code @PlenumTest} (found by the component scan): the system's,
 * unless a test shifts it on to see what an item running long looks like without waiting for it. A test that shifts
 * it puts it {@linkplain #reset back} when it ends. Not a {@code Clock}, so the security feature's clock is not it.
 */
@Component
public class ShiftedTime implements InstantSource {

    private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

    public void shift(Duration by) {
        shift.updateAndGet(shifted -> shifted.plus(by));
    }

    public void reset() {
        shift.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift.get());
    }
}
