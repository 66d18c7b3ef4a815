package dev.storageshares.application.mount;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.support.FakeMountDriver;
import dev.storageshares.application.support.World;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountDriver;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountSpec;
import dev.storageshares.domain.share.ShareId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReconcileQueueTest {
    private final World world = new World();

    /** Counts how many applies overlap per container, and how many ran in all. */
    private static final class OverlapDetector implements MountDriver {
        private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
        final AtomicInteger maxOverlap = new AtomicInteger();
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public Map<ShareId, MountOutcome> apply(Container target, List<MountSpec> desired) {
            AtomicInteger counter = running.computeIfAbsent(target.id().value(), k -> new AtomicInteger());
            maxOverlap.accumulateAndGet(counter.incrementAndGet(), Math::max);
            runs.incrementAndGet();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            counter.decrementAndGet();
            return new FakeMountDriver().apply(target, desired);
        }
    }

    @Test
    void neverRunsTwoReconcilesOfOneContainerAtOnceAndCoalescesBursts() throws Exception {
        OverlapDetector driver = new OverlapDetector();
        Reconciler reconciler = new Reconciler(world.store.shares(), world.store.receivers(),
                world.store.mountStates(), driver, world.clock);
        try (ReconcileQueue queue = new ReconcileQueue(reconciler, world.store.mountLocks(), 4)) {
            for (int i = 0; i < 200; i++) {
                queue.reconcile(Set.of(new ContainerId("web-1"), new ContainerId("web-2")));
            }
            assertThat(queue.awaitBacklogBelow(1, Duration.ofSeconds(30))).isTrue();
        }

        assertThat(driver.maxOverlap.get()).isEqualTo(1);
        assertThat(driver.runs.get()).isBetween(2, 399);
    }

    @Test
    void givenQueuedWorkWhenTheQueueClosesThenTheRunningReconcileFinishesAndQueuedOnesAreDropped() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        MountDriver heldDriver = (target, desired) -> {
            runs.incrementAndGet();
            firstStarted.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new FakeMountDriver().apply(target, desired);
        };
        Reconciler reconciler = new Reconciler(world.store.shares(), world.store.receivers(),
                world.store.mountStates(), heldDriver, world.clock);
        ReconcileQueue queue = new ReconcileQueue(reconciler, world.store.mountLocks(), 1);
        for (int i = 0; i < 100; i++) {
            world.container("many-" + i, "r1", "p1", "alice");
            queue.reconcile(List.of(new ContainerId("many-" + i)));
        }
        firstStarted.await();

        Thread closer = new Thread(() -> {
            try {
                queue.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        closer.start();
        while (closer.getState() != Thread.State.TIMED_WAITING) {
            Thread.sleep(1);
        }
        release.countDown();
        closer.join();

        assertThat(runs.get()).isEqualTo(1);
        assertThat(queue.awaitBacklogBelow(1, Duration.ZERO)).isTrue();
    }
}
