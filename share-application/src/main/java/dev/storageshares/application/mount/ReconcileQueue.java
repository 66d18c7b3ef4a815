package dev.storageshares.application.mount;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountLocks;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs reconciles in the background so requests never wait for Docker. Never runs two reconciles of
 * the same container at once (in this process by itself, across processes through {@link MountLocks}),
 * and coalesces requests that arrive while one runs into a single rerun: the rerun reads the newest
 * state, so nothing is lost.
 */
public final class ReconcileQueue implements ReconcileRequests, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReconcileQueue.class);

    private final Reconciler reconciler;
    private final MountLocks locks;
    private final int threads;
    private final ExecutorService workers;
    /** Containers queued or running; a container present here is not queued again. */
    private final Set<ContainerId> scheduled = ConcurrentHashMap.newKeySet();
    /** Containers asked for again while running: they run once more when the current run ends. */
    private final Set<ContainerId> again = ConcurrentHashMap.newKeySet();
    /** Once set, queued work is dropped: the next start's drift pass redoes whatever it would have done. */
    private volatile boolean closing;

    /** @param locks extend the one-at-a-time guarantee to every process sharing the store */
    public ReconcileQueue(Reconciler reconciler, MountLocks locks, int threads) {
        this.reconciler = reconciler;
        this.locks = locks;
        this.threads = threads;
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "reconcile");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void reconcile(Collection<ContainerId> containers) {
        containers.forEach(this::submit);
    }

    private void submit(ContainerId container) {
        if (scheduled.add(container)) {
            workers.execute(() -> run(container));
        } else {
            again.add(container);
        }
    }

    private void run(ContainerId container) {
        do {
            if (closing) {
                scheduled.remove(container);
                return;
            }
            again.remove(container);
            try {
                locks.withLock(container, () -> reconciler.reconcile(container));
            } catch (RuntimeException e) {
                LOG.warn("reconcile of container {} failed; the periodic pass will retry", container, e);
            }
        } while (again.contains(container));
        scheduled.remove(container);
        // A request that slipped in between the last check and the removal must not be lost.
        if (again.remove(container)) {
            submit(container);
        }
    }

    /** How many reconciles run at once. */
    public int threads() {
        return threads;
    }

    /** How many containers are queued or running. */
    public int backlog() {
        return scheduled.size();
    }

    /** Waits until fewer than {@code limit} containers are queued or running. */
    public boolean awaitBacklogBelow(int limit, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (scheduled.size() >= limit) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** Lets running reconciles finish (a Docker recreate is not interrupted half-way) and drops queued ones. */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
    }
}
