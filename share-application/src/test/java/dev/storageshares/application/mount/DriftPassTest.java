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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DriftPassTest {
    private static final int CATALOG = 200;
    private static final int MAX_BACKLOG = 3;

    private final World world = new World();
    private final SlowDriver driver = new SlowDriver();
    private final ReconcileQueue queue = new ReconcileQueue(new Reconciler(world.store.shares(),
            world.store.receivers(), world.store.mountStates(), driver, world.clock), world.store.mountLocks(), 2);
    private final DriftPass pass = new DriftPass(world.store.catalog(), queue, MAX_BACKLOG);

    /** Records the order of applies and the longest backlog it saw, taking a little time like an engine. */
    private final class SlowDriver implements MountDriver {
        final List<String> applied = new CopyOnWriteArrayList<>();
        final AtomicInteger longestBacklog = new AtomicInteger();

        @Override
        public Map<ShareId, MountOutcome> apply(Container target, List<MountSpec> desired) {
            applied.add(target.id().value());
            longestBacklog.accumulateAndGet(queue.backlog(), Math::max);
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new FakeMountDriver().apply(target, desired);
        }
    }

    DriftPassTest() {
        for (int i = 0; i < CATALOG; i++) {
            world.container(String.format("fleet-%03d", i), "r1", "p2", "bob");
        }
    }

    @Test
    void givenALargeCatalogWhenAPassRunsThenEveryContainerIsReconciledWithAShortBacklog() throws Exception {
        int requested = pass.runOnce();
        assertThat(queue.awaitBacklogBelow(1, Duration.ofSeconds(30))).isTrue();
        queue.close();

        assertThat(requested).isEqualTo(CATALOG + 5);
        assertThat(driver.applied).hasSize(CATALOG + 5).doesNotHaveDuplicates();
        assertThat(driver.longestBacklog.get()).isLessThanOrEqualTo(MAX_BACKLOG);
    }

    @Test
    void givenAPassUnderWayWhenAChangeAsksForAReconcileThenItDoesNotWaitForThePass() throws Exception {
        Thread background = new Thread(() -> {
            try {
                pass.runOnce();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        background.start();
        while (driver.applied.size() < 20) {
            Thread.sleep(1);
        }

        queue.reconcile(List.of(new ContainerId("fleet-199")));
        int appliedWhenAsked = driver.applied.size();
        while (!driver.applied.contains("fleet-199")) {
            Thread.sleep(1);
        }

        assertThat(driver.applied.indexOf("fleet-199") - appliedWhenAsked).isLessThan(MAX_BACKLOG);
        background.join();
        queue.close();
    }
}
