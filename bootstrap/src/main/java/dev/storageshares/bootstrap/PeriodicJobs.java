package dev.storageshares.bootstrap;

import dev.storageshares.application.event.OutboxRelay;
import dev.storageshares.application.expiry.ExpirySweeper;
import dev.storageshares.application.mount.DriftPass;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background work of a server, each job on its own thread so none delays another: the expiry
 * sweep every sweep interval; a drift pass (a reconcile request for every catalog container, so a
 * container recreated by someone else or an engine restart heals by itself) from start-up and then
 * every sweep interval after the previous pass ends; delivery of recorded events every second.
 */
final class PeriodicJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicJobs.class);
    /** Events should reach listeners within about a second, whatever the sweep interval. */
    private static final Duration RELAY_PERIOD = Duration.ofSeconds(1);

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(3, runnable -> {
        Thread thread = new Thread(runnable, "periodic-jobs");
        thread.setDaemon(true);
        return thread;
    });

    private final Counter expiringNotices;
    private final Counter expired;

    /** @param drift null when nothing outside the database can drift (mount driver {@code none}) */
    PeriodicJobs(Duration interval, ExpirySweeper sweeper, DriftPass drift, OutboxRelay relay, MeterRegistry metrics) {
        expiringNotices = Counter.builder("storage_shares_expiry_notices")
                .description("share.expiring events this process claimed").register(metrics);
        expired = Counter.builder("storage_shares_expired")
                .description("share.expired events this process claimed").register(metrics);
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(() -> sweep(sweeper), millis, millis, TimeUnit.MILLISECONDS);
        if (drift != null) {
            scheduler.scheduleWithFixedDelay(() -> heal(drift), 0, millis, TimeUnit.MILLISECONDS);
        }
        scheduler.scheduleWithFixedDelay(() -> relay(relay), RELAY_PERIOD.toMillis(), RELAY_PERIOD.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    // A periodic job must never die of one bad pass: each catches everything and the next run retries.

    private void sweep(ExpirySweeper sweeper) {
        try {
            ExpirySweeper.Result result = sweeper.sweepOnce();
            expiringNotices.increment(result.expiringNotices());
            expired.increment(result.expired());
            if (result.expiringNotices() + result.expired() > 0) {
                LOG.info("expiry sweep: {} expiring notices, {} expired", result.expiringNotices(), result.expired());
            }
        } catch (RuntimeException e) {
            LOG.warn("expiry sweep failed; retrying next interval", e);
        }
    }

    private static void heal(DriftPass drift) {
        try {
            drift.runOnce();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("drift pass failed; retrying next interval", e);
        }
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

    @Override
    public void close() throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
    }
}
