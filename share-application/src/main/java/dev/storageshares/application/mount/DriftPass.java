package dev.storageshares.application.mount;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.ContainerId;
import java.time.Duration;
import java.util.List;

/**
 * Asks for a reconcile of every catalog container, so that drift (a target recreated by someone
 * else, an engine restart) heals by itself. The queue runs requests in arrival order, so the pass
 * feeds it only while its backlog is short: over a catalog of 100,000 containers it must never stand
 * between a user's change and that change's reconcile.
 */
public final class DriftPass {
    private static final int PAGE = 500;
    private static final Duration PATIENCE = Duration.ofDays(1);

    private final ContainerCatalog catalog;
    private final ReconcileQueue queue;
    private final int maxBacklog;

    /** @param maxBacklog how many containers may be queued or running before the pass waits */
    public DriftPass(ContainerCatalog catalog, ReconcileQueue queue, int maxBacklog) {
        this.catalog = catalog;
        this.queue = queue;
        this.maxBacklog = maxBacklog;
    }

    /** @return how many containers were asked for */
    public int runOnce() throws InterruptedException {
        int requested = 0;
        ContainerId after = null;
        for (List<Container> page = catalog.containersAfter(null, PAGE); !page.isEmpty();
             page = catalog.containersAfter(after, PAGE)) {
            for (Container container : page) {
                queue.awaitBacklogBelow(maxBacklog, PATIENCE);
                queue.reconcile(List.of(container.id()));
                requested++;
            }
            after = page.get(page.size() - 1).id();
        }
        return requested;
    }
}
