package dk.plenum.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/** Opens a crowd of clients at once, but only so many at a time: more would only queue in Tomcat's acceptor. */
final class Crowds {

    private Crowds() {
    }

    /** Runs {@code open} {@code size} times, at most {@code inFlight} at once, and returns the results in order. */
    static <T> List<T> open(int size, int inFlight, Callable<T> open) throws Exception {
        Semaphore slots = new Semaphore(inFlight);
        List<Future<T>> opening = new ArrayList<>(size);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < size; i++) {
                opening.add(threads.submit(() -> {
                    slots.acquire();
                    try {
                        return open.call();
                    } finally {
                        slots.release();
                    }
                }));
            }
        }
        List<T> opened = new ArrayList<>(size);
        for (Future<T> client : opening) {
            opened.add(client.get());
        }
        return opened;
    }
}
