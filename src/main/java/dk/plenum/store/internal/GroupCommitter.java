package dk.plenum.store.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.h2.mvstore.MVStore;

/**
 * Makes sure that what a command wrote or saw is in the MVStore's file before the command is
 * answered. H2 on its own writes only about once a second, so a killed process loses the
 * acknowledged writes of that second.
 * <p>
 * Callers that wait at the same time share one commit (group commit): whoever gets the lock
 * commits everything written so far, and the others find their changes already in the file.
 * <p>
 * The guarantee holds against the death of the process (the written file is in the OS page
 * cache), not against power loss: there is no fsync.
 */
final class GroupCommitter {

    private static final long NOTHING_COMMITTED = -1;

    private final MVStore store;
    private final ReentrantLock commitLock = new ReentrantLock();
    private final AtomicLong commits = new AtomicLong();

    /**
     * Every change made while the store's version was below this number is in the file. A commit
     * increments the version and writes the changes of all lower versions.
     */
    private volatile long durableBelowVersion;

    GroupCommitter(MVStore store) {
        this.store = store;
        this.durableBelowVersion = store.getCurrentVersion();
    }

    /** Returns once every change made so far by the calling thread is in the file. */
    void awaitDurable() {
        long observedVersion = store.getCurrentVersion();
        if (isDurable(observedVersion)) {
            return;
        }
        commitLock.lock();
        try {
            if (durableBelowVersion > observedVersion) {
                return; // another caller's commit took our changes along
            }
            long committedVersion = store.commit();
            if (committedVersion == NOTHING_COMMITTED) {
                durableBelowVersion = awaitPendingStore();
            } else {
                durableBelowVersion = committedVersion;
                commits.incrementAndGet();
            }
        } finally {
            commitLock.unlock();
        }
    }

    /** How many commits this committer made; with concurrent writers fewer than the writes. */
    long commits() {
        return commits.get();
    }

    private boolean isDurable(long observedVersion) {
        long durableBelow = durableBelowVersion;
        if (durableBelow > observedVersion) {
            return true;
        }
        // Nothing changed since the last commit: typical for reads on an idle store. The version
        // is read again because a store starting in between could hide unwritten changes.
        return durableBelow == observedVersion
                && !store.hasUnsavedChanges()
                && store.getCurrentVersion() == observedVersion;
    }

    /**
     * {@code commit()} found nothing to commit although our changes were not known to be written:
     * H2's background thread (or a writer H2 made commit for memory reasons) has taken them into a
     * store whose chunk may still be on its way to the file. H2 writes chunks in order on
     * single-threaded executors; flushing them waits for that write.
     *
     * @return the version below which everything is now written
     */
    private long awaitPendingStore() {
        long[] storedVersion = new long[1];
        store.executeFilestoreOperation(() -> storedVersion[0] = store.getCurrentVersion());
        return storedVersion[0];
    }
}
