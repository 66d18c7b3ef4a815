package dev.storageshares.application;

import dev.storageshares.application.event.OutboxRelay;
import dev.storageshares.application.expiry.ExpirySweeper;
import dev.storageshares.application.mount.DriftPass;
import dev.storageshares.application.mount.ReconcileQueue;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.mount.MountDriver;
import dev.storageshares.domain.share.EventOutbox;
import dev.storageshares.domain.share.EventPublisher;
import dev.storageshares.domain.share.ExpiryClaims;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a running Storage Shares does besides answering calls, each job on its own thread so none
 * delays another: the expiry sweep every sweep interval (notices, then unmounting what expired);
 * delivery of recorded events every second; and, when the mount driver {@linkplain
 * MountDriver#canDrift() can drift}, a drift pass (a reconcile request for every catalog container,
 * so a container recreated by someone else or an engine restart heals by itself) from the start and
 * then every sweep interval after the previous pass ends.
 *
 * <p>The server runs exactly this; an embedding service starts it next to {@link StorageShares} and
 * closes it on the way out. Any number of processes may run it against one store: the store's claims
 * and leases make each notice and each delivery happen once.
 */
public final class BackgroundWork implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);
    /** Events should reach listeners within about a second, whatever the sweep interval. */
    private static final Duration RELAY_PERIOD = Duration.ofSeconds(1);

    /** The ports the jobs use; {@code reconcile} is the queue the use cases feed as well. */
    public record Ports(ContainerCatalog catalog, ExpiryClaims expiryClaims, EventOutbox outbox,
                        EventPublisher publisher, ReconcileQueue reconcile, MountDriver driver, Clock clock) {
    }

    /**
     * @param expiryNotice     how long before expiry the {@code share.expiring} notice goes out
     * @param deliveryAttempts after how many failed deliveries an event is given up
     * @param onSweep          hears each sweep's result (the server counts them for its metrics)
     */
    public record Settings(Duration sweepInterval, Duration expiryNotice, int deliveryAttempts,
                           Consumer<ExpirySweeper.Result> onSweep) {

        /** The server's defaults: sweep every 30 s, notice 24 h ahead, give up after 10 deliveries. */
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(30), Duration.ofHours(24), 10, result -> { });
        }

        public Settings withSweepInterval(Duration interval) {
            return new Settings(interval, expiryNotice, deliveryAttempts, onSweep);
        }
    }

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(3, runnable -> {
        Thread thread = new Thread(runnable, "background-work");
        thread.setDaemon(true);
        return thread;
    });

    private BackgroundWork(Ports ports, Settings settings) {
        ExpirySweeper sweeper = new ExpirySweeper(ports.catalog(), ports.expiryClaims(), ports.reconcile(),
                ports.clock(), settings.expiryNotice());
        OutboxRelay relay = new OutboxRelay(ports.outbox(), ports.publisher(), ports.clock(),
                settings.deliveryAttempts());
        long millis = settings.sweepInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> sweep(sweeper, settings.onSweep()), millis, millis,
                TimeUnit.MILLISECONDS);
        if (ports.driver().canDrift()) {
            DriftPass drift = new DriftPass(ports.catalog(), ports.reconcile(), ports.reconcile().threads());
            scheduler.scheduleWithFixedDelay(() -> heal(drift), 0, millis, TimeUnit.MILLISECONDS);
        }
        scheduler.scheduleWithFixedDelay(() -> relay(relay), RELAY_PERIOD.toMillis(), RELAY_PERIOD.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    public static BackgroundWork start(Ports ports, Settings settings) {
        return new BackgroundWork(ports, settings);
    }

    // A job must never die of one bad pass: each catches everything and its next run retries.

    private static void sweep(ExpirySweeper sweeper, Consumer<ExpirySweeper.Result> onSweep) {
        try {
            ExpirySweeper.Result result = sweeper.sweepOnce();
            onSweep.accept(result);
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

    /** Stops every job; a pass under way is interrupted and its work redone by the next start. */
    @Override
    public void close() throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
    }
}
