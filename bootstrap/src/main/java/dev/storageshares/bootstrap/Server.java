package dev.storageshares.bootstrap;

import dev.storageshares.adapter.events.WebhookPublisher;
import dev.storageshares.adapter.mount.DockerMountDriver;
import dev.storageshares.adapter.mount.LiveMountDriver;
import dev.storageshares.adapter.persistence.PostgresStorage;
import dev.storageshares.adapter.rest.CommandValidation;
import dev.storageshares.adapter.rest.RestConfig;
import dev.storageshares.adapter.rest.RestServer;
import dev.storageshares.application.BackgroundWork;
import dev.storageshares.application.StorageShares;
import dev.storageshares.application.event.LogEventPublisher;
import dev.storageshares.application.expiry.ExpirySweeper;
import dev.storageshares.application.mount.PlanOnlyMountDriver;
import dev.storageshares.application.mount.ReconcileQueue;
import dev.storageshares.application.mount.Reconciler;
import dev.storageshares.domain.mount.MountDriver;
import dev.storageshares.domain.share.EventPublisher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running product: database, reconcile queue, background work and the HTTP server, wired with {@code new}. */
final class Server implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    private static final int RECONCILE_THREADS = 4;
    private static final int DELIVERY_ATTEMPTS = 10;

    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    private final RestServer rest;

    private Server(Settings settings, byte[] jwtSecret) {
        try {
            Database database = remember(Database.open(settings));
            PostgresStorage storage = database.storage();
            storage.migrate();
            Clock clock = Clock.systemUTC();
            PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            MountDriver driver = mountDriver(settings);
            Reconciler reconciler = new Reconciler(storage.shares(), storage.receivers(),
                    storage.mountStates(), new MeteredMountDriver(driver, metrics), clock);
            ReconcileQueue queue = remember(new ReconcileQueue(reconciler, storage.mountLocks(), RECONCILE_THREADS));
            Gauge.builder("storage_shares_reconcile_backlog", queue, ReconcileQueue::backlog)
                    .description("Containers queued or running for a mount reconcile").register(metrics);
            StorageShares app = StorageShares.wire(new StorageShares.Ports(storage.catalog(), storage.shares(),
                    storage.queries(), storage.history(), storage.shareGroups(), storage.shareBatches(),
                    storage.overrides(), storage.mountStates(), storage.receivers(), queue, clock), CommandValidation.factory());
            remember(BackgroundWork.start(new BackgroundWork.Ports(storage.catalog(), storage.expiryClaims(),
                    storage.outbox(), eventPublisher(settings), queue, driver, clock),
                    new BackgroundWork.Settings(settings.sweepInterval(), settings.expiryNotice(), DELIVERY_ATTEMPTS,
                            sweepCounters(metrics))));
            rest = remember(RestServer.start(new RestConfig(settings.bind(), settings.port(), jwtSecret,
                    settings.createRatePerMinute()), app, storage::isReachable, metrics));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    static Server start(Settings settings, byte[] jwtSecret) {
        return new Server(settings, jwtSecret);
    }

    int port() {
        return rest.port();
    }

    private static Consumer<ExpirySweeper.Result> sweepCounters(PrometheusMeterRegistry metrics) {
        Counter expiringNotices = Counter.builder("storage_shares_expiry_notices")
                .description("share.expiring events this process claimed").register(metrics);
        Counter expired = Counter.builder("storage_shares_expired")
                .description("share.expired events this process claimed").register(metrics);
        return result -> {
            expiringNotices.increment(result.expiringNotices());
            expired.increment(result.expired());
        };
    }

    private static EventPublisher eventPublisher(Settings settings) {
        if (settings.webhookUrl() == null) {
            return new LogEventPublisher();
        }
        LOG.info("Share events are delivered to {}", settings.webhookUrl());
        return new WebhookPublisher(settings.webhookUrl(), settings.webhookSecret().getBytes(StandardCharsets.UTF_8));
    }

    private static MountDriver mountDriver(Settings settings) {
        return switch (settings.mountDriver()) {
            case NONE -> new PlanOnlyMountDriver();
            case DOCKER -> {
                if (!DockerMountDriver.engineAnswers(settings.dockerHost())) {
                    throw new SettingsException("Invalid --mount-driver / STORAGE_SHARES_MOUNT_DRIVER: docker was "
                            + "chosen but no Docker engine answers at " + settings.dockerHost());
                }
                yield dockerDriver(settings);
            }
            case AUTO -> {
                if (DockerMountDriver.engineAnswers(settings.dockerHost())) {
                    LOG.info("Mount driver: docker ({})", settings.dockerHost());
                    yield dockerDriver(settings);
                }
                LOG.info("Mount driver: none (no Docker engine answers at {}); mounts are computed, not applied",
                        settings.dockerHost());
                yield new PlanOnlyMountDriver();
            }
        };
    }

    private static MountDriver dockerDriver(Settings settings) {
        if (settings.mountMode() == MountMode.RECREATE) {
            LOG.info("Mount mode: recreate (a target is recreated with its share binds on every change)");
            return new DockerMountDriver(settings.dockerHost());
        }
        LOG.info("Mount mode: live (mount propagation under {})", settings.mountRoot());
        return new LiveMountDriver(settings.dockerHost(), settings.mountRoot());
    }

    private <T extends AutoCloseable> T remember(T resource) {
        toClose.push(resource);
        return resource;
    }

    /** Stops in reverse order of start: HTTP first (finishing in-flight requests), the database last. */
    @Override
    public void close() {
        while (!toClose.isEmpty()) {
            AutoCloseable resource = toClose.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("error while stopping {}", resource.getClass().getSimpleName(), e);
            }
        }
    }
}
