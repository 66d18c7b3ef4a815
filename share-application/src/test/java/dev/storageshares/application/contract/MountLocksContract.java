package dev.storageshares.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountLocks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What any {@code MountLocks} must do: one holder per container at a time, others unaffected. */
public abstract class MountLocksContract {

    /** Two lock handles that behave like two processes sharing one store. */
    protected abstract List<MountLocks> twoProcesses();

    @Test
    void holdersOfOneContainersLockNeverOverlap() throws Exception {
        List<MountLocks> processes = twoProcesses();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                MountLocks locks = processes.get(i % 2);
                runs.add(pool.submit(() -> locks.withLock(new ContainerId("web-1"), () -> {
                    maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    sleepBriefly();
                    inside.decrementAndGet();
                })));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(maxInside.get()).isEqualTo(1);
    }

    @Test
    void aFailingHolderReleasesTheLock() {
        MountLocks locks = twoProcesses().get(0);
        try {
            locks.withLock(new ContainerId("web-1"), () -> {
                throw new IllegalStateException("docker said no");
            });
        } catch (IllegalStateException expected) {
            // the failure itself is the caller's business
        }
        AtomicInteger ran = new AtomicInteger();
        twoProcesses().get(1).withLock(new ContainerId("web-1"), ran::incrementAndGet);

        assertThat(ran.get()).isEqualTo(1);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
