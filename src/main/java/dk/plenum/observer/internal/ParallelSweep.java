package dk.plenum.observer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Hands one event to a crowd of subscribers on every core: the crowd is cut into slices of at least
 * {@link #MIN_SLICE}, the calling thread takes the first and helper threads the others, and the call returns when all
 * are done. So every subscriber has an event before anyone is handed the next, and each socket keeps its order.
 * <p>
 * One thread queuing a frame on 5,000 sockets spent ~150 ms of CPU but ~700 ms of wall time on two cores, sharing
 * them with the views' redraws and the load generator; in two slices the vote's result reached the 5,000 observers at
 * p99 ~600 ms instead of ~850 ms (docs/benchmarks.md). A small crowd is not worth a hand-over and stays on the caller.
 */
final class ParallelSweep implements AutoCloseable {

    /** Below this many subscribers per slice the hand-over to another thread costs more than it saves. */
    static final int MIN_SLICE = 500;

    private final int maxSlices;
    private final ExecutorService helpers;

    /** @param cores the slices at most, the caller's own included */
    ParallelSweep(int cores) {
        this.maxSlices = Math.max(1, cores);
        this.helpers = Executors.newFixedThreadPool(Math.max(1, cores - 1),
                Thread.ofPlatform().name("live-stream-sweep-", 0).daemon().factory());
    }

    /** Applies {@code action} to every one of {@code subscribers}, once each, and returns when all are done. */
    <T> void forEach(List<T> subscribers, Consumer<T> action) {
        int slices = Math.min(maxSlices, Math.max(1, subscribers.size() / MIN_SLICE));
        int sliceSize = (subscribers.size() + slices - 1) / slices;
        List<Future<?>> others = new ArrayList<>(slices - 1);
        for (int slice = 1; slice < slices; slice++) {
            int from = slice * sliceSize;
            List<T> part = subscribers.subList(from, Math.min(subscribers.size(), from + sliceSize));
            others.add(helpers.submit(() -> part.forEach(action)));
        }
        RuntimeException failure = null;
        try {
            subscribers.subList(0, Math.min(subscribers.size(), sliceSize)).forEach(action);
        } catch (RuntimeException failed) {
            failure = failed;
        }
        // Every slice is waited for, failed or not: none may still be sending when the next event's sweep starts.
        for (Future<?> other : others) {
            RuntimeException failed = awaitSlice(other);
            failure = failure == null ? failed : failure;
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Null when the slice went through; what it threw otherwise. */
    private static RuntimeException awaitSlice(Future<?> slice) {
        try {
            slice.get();
            return null;
        } catch (InterruptedException shuttingDown) {
            Thread.currentThread().interrupt();
            return new IllegalStateException("Interrupted while a slice of the sweep ran", shuttingDown);
        } catch (ExecutionException failed) {
            return failed.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(failed.getCause());
        }
    }

    @Override
    public void close() {
        helpers.shutdownNow();
    }
}
