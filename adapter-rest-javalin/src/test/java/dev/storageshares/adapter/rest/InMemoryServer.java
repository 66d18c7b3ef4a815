package dev.storageshares.adapter.rest;

import dev.storageshares.application.StorageShares;
import dev.storageshares.application.memory.InMemoryStore;
import dev.storageshares.application.mount.PlanOnlyMountDriver;
import dev.storageshares.application.mount.ReconcileQueue;
import dev.storageshares.application.mount.Reconciler;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** The REST server over the in-memory store, started once per test JVM. */
final class InMemoryServer {
    static final byte[] SECRET = "in-memory-test-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static RestServer server;

    private InMemoryServer() {
    }

    static synchronized String baseUrl() {
        if (server == null) {
            server = start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return "http://127.0.0.1:" + server.port();
    }

    static RestServer start(int createRatePerMinute) {
        InMemoryStore store = new InMemoryStore();
        Clock clock = Clock.systemUTC();
        Reconciler reconciler = new Reconciler(store.shares(), store.receivers(), store.mountStates(),
                new PlanOnlyMountDriver(), clock);
        StorageShares app = StorageShares.wire(new StorageShares.Ports(store.catalog(), store.shares(), store.queries(),
                store.history(), store.shareGroups(), store.shareBatches(), store.overrides(), store.mountStates(),
                store.receivers(), new ReconcileQueue(reconciler, store.mountLocks(), 2), clock), CommandValidation.factory());
        return RestServer.start(new RestConfig("127.0.0.1", 0, SECRET, createRatePerMinute), app, () -> true,
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }
}
