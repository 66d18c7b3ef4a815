package dev.storageshares.bootstrap;

import dev.storageshares.application.event.OutboxRelay;
import dev.storageshares.application.expiry.ExpirySweeper;
import dev.storageshares.application.mount.ReconcileRequests;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.ContainerId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every sweep interval: the expiry sweep, then a reconcile request for every catalog container so
 * that drift (a container recreated by someone else, an engine restart) heals by itself. Every
 * second: delivery of recorded events from the outbox.
 */
final class PeriodicJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicJobs.class);
    private static final int PAGE = 500;
    /** Events should reach listeners within about a second, whatever the sweep interval. */
    private static final Duration RELAY_PERIOD = Duration.ofSeconds(1);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "periodic-jobs");
        thread.setDaemon(true);
        return thread;
    });
    private final ExpirySweeper sweeper;
    private final ContainerCatalog catalog;
    private final ReconcileRequests reconcile;

    PeriodicJobs(Duration interval, ExpirySweeper sweeper, ContainerCatalog catalog, ReconcileRequests reconcile,
                 OutboxRelay relay) {
        this.sweeper = sweeper;
        this.catalog = catalog;
        this.reconcile = reconcile;
        scheduler.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(() -> relay(relay), RELAY_PERIOD.toMillis(), RELAY_PERIOD.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static void relay(OutboxRelay relay) {
        try {
            while (relay.relayOnce() > 0) {
                // keep draining while there is a backlog
            }
        } catch (RuntimeException e) {
            LOG.warn("event delivery pass failed; retrying shortly", e);
        }
    }

    private void runOnce() {
        try {
            ExpirySweeper.Result result = sweeper.sweepOnce();
            if (result.expiringNotices() + result.expired() > 0) {
                LOG.info("expiry sweep: {} expiring notices, {} expired", result.expiringNotices(), result.expired());
            }
            ContainerId after = null;
            for (List<Container> page = catalog.containersAfter(null, PAGE); !page.isEmpty();
                 page = catalog.containersAfter(after, PAGE)) {
                reconcile.reconcile(page.stream().map(Container::id).toList());
                after = page.get(page.size() - 1).id();
            }
        } catch (RuntimeException e) {
            // The next run retries; a periodic job must never die of one bad pass.
            LOG.warn("periodic jobs failed; retrying next interval", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
    }
}
