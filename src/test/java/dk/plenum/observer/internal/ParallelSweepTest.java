package dk.plenum.observer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelSweepTest {

    @Test
    void aCrowdIsSweptOnSeveralThreadsEachSubscriberOnceAndAllBeforeTheCallReturns() {
        List<Integer> crowd = IntStream.range(0, 5_000).boxed().toList();
        AtomicIntegerArray handed = new AtomicIntegerArray(crowd.size());
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (ParallelSweep sweep = new ParallelSweep(4)) {
            sweep.forEach(crowd, subscriber -> {
                threads.add(Thread.currentThread().getName());
                handed.incrementAndGet(subscriber);
            });
        }
        assertThat(IntStream.range(0, crowd.size()).map(handed::get)).containsOnly(1);
        assertThat(threads).hasSize(4).contains(Thread.currentThread().getName());
    }

    @Test
    void aSmallCrowdStaysOnTheCallersThread() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger handed = new AtomicInteger();
        try (ParallelSweep sweep = new ParallelSweep(4)) {
            sweep.forEach(IntStream.range(0, ParallelSweep.MIN_SLICE * 2 - 1).boxed().toList(), subscriber -> {
                threads.add(Thread.currentThread().getName());
                handed.incrementAndGet();
            });
        }
        assertThat(threads).containsExactly(Thread.currentThread().getName());
        assertThat(handed).hasValue(ParallelSweep.MIN_SLICE * 2 - 1);
    }

    @Test
    void aFailureInAHelpersSliceReachesTheCallerOnlyOnceEverySliceIsDone() {
        List<Integer> crowd = IntStream.range(0, 2_000).boxed().toList();
        AtomicInteger handed = new AtomicInteger();
        try (ParallelSweep sweep = new ParallelSweep(2)) {
            assertThatThrownBy(() -> sweep.forEach(crowd, subscriber -> {
                if (subscriber == 1_500) {
                    throw new IllegalStateException("socket gone");
                }
                handed.incrementAndGet();
            })).isInstanceOf(IllegalStateException.class).hasMessage("socket gone");
        }
        // The caller's slice (0–999) went through whole; the helper's stopped at its failure.
        assertThat(handed).hasValue(1_500);
    }
}
