package dev.storageshares.adapter.rest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code http_server_requests} timer of each route template, method and status, registered on
 * first use and then found in a map: registering (building the tags, looking the meter up in the
 * registry) on every request cost as much as a small request's own work. Route templates, methods and
 * statuses are few, so the map stays small.
 */
final class RequestTimers {
    private record Key(String method, String route, int status) {
    }

    private final MeterRegistry registry;
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    RequestTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    Timer of(String method, String route, int status) {
        return timers.computeIfAbsent(new Key(method, route, status), key -> Timer.builder("http_server_requests")
                .description("HTTP requests by route template, method and status")
                .tag("method", key.method())
                .tag("route", key.route())
                .tag("status", Integer.toString(key.status()))
                .register(registry));
    }
}
