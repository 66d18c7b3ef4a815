package dev.storageshares.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storageshares.application.StorageShares;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server of docs/api.md: routes, authentication, error mapping, access log and metrics. */
public final class RestServer implements AutoCloseable {
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.storageshares.access");
    private static final String STARTED = "startedNanos";

    private final Javalin javalin;
    private final List<String> served;

    private RestServer(Javalin javalin, List<String> served) {
        this.javalin = javalin;
        this.served = served;
    }

    /** @param metrics served at {@code /metrics}; the server adds HTTP and JVM meters to what the caller registers */
    public static RestServer start(RestConfig config, StorageShares app, ReadinessProbe readiness,
                                   PrometheusMeterRegistry metrics) {
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        Authenticator authenticator = new Authenticator(config.jwtSecret());

        List<Route> routes = new ArrayList<>();
        CreateRateLimiter rateLimiter = new CreateRateLimiter(config.createRatePerMinute());
        routes.addAll(new ShareRoutes(app, rateLimiter).routes());
        routes.addAll(new BatchRoutes(app, rateLimiter).routes());
        routes.addAll(new IncomingRoutes(app).routes());
        routes.addAll(new RequestRoutes(app).routes());
        routes.addAll(new CatalogRoutes(app).routes());
        routes.addAll(operations(readiness, metrics));
        AtomicReference<Map<String, Object>> openApi = new AtomicReference<>();
        routes.add(new Route(HandlerType.GET, "/openapi.json", "This document", false, 200, ctx -> ctx.json(openApi.get())));
        openApi.set(OpenApiDocument.of(routes, String.valueOf(RestServer.class.getPackage().getImplementationVersion())));
        // Registered after the document is drawn up: the console's pages are served but are not API.
        routes.addAll(new ConsolePages().routes());

        List<String> served = new CopyOnWriteArrayList<>();

        Javalin javalin = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.http.maxRequestSize = Exchange.MAX_BODY_BYTES;
            cfg.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
            cfg.jetty.modifyServer(server -> {
                server.setStopTimeout(5_000);
                server.setErrorHandler(new JsonErrorHandler());
            });
            cfg.events.handlerAdded(meta -> {
                if (meta.getHttpMethod().isHttpMethod()) {
                    served.add(meta.getHttpMethod().name() + " " + meta.getPath());
                }
            });
            cfg.routes.before(ctx -> {
                ctx.attribute(STARTED, System.nanoTime());
                RequestIds.assign(ctx);
                Exchange.requireKnownCharset(ctx);
            });
            cfg.routes.before("/api/v1/*",
                    ctx -> ctx.attribute(Exchange.CALLER, authenticator.authenticate(ctx.header("Authorization"))));
            RequestTimers timers = new RequestTimers(metrics);
            cfg.routes.after(ctx -> record(ctx, timers));
            ErrorResponses.install(cfg.routes);
            routes.forEach(route -> cfg.routes.addHttpHandler(route.method(), route.path(), route.handler()));
        });
        javalin.start();
        return new RestServer(javalin, List.copyOf(served));
    }

    private static List<Route> operations(ReadinessProbe readiness, PrometheusMeterRegistry metrics) {
        return List.of(
                new Route(HandlerType.GET, "/health", "Liveness", false, 200, ctx -> ctx.json(Map.of("status", "UP"))),
                new Route(HandlerType.GET, "/ready", "Readiness: the database answers", false, 200, ctx -> {
                    boolean ready = readiness.isReady();
                    ctx.status(ready ? 200 : 503).json(Map.of("status", ready ? "UP" : "DOWN"));
                }),
                new Route(HandlerType.GET, "/metrics", "Prometheus metrics", false, 200,
                        ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape())));
    }

    private static void record(Context ctx, RequestTimers timers) {
        Long started = ctx.attribute(STARTED);
        long nanos = started == null ? 0 : System.nanoTime() - started;
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        String route = matched == null ? null : matched.path;
        int status = ctx.statusCode();
        timers.of(ctx.method().name(), route == null || route.isEmpty() ? "unmatched" : route, status)
                .record(nanos, TimeUnit.NANOSECONDS);
        ACCESS.info("{} {} {} {}ms id={}", ctx.method(), ctx.path(), status, nanos / 1_000_000, RequestIds.of(ctx));
    }

    public int port() {
        return javalin.port();
    }

    /** "METHOD /path" of every handler Javalin registered, to check the OpenAPI document against reality. */
    List<String> servedRoutes() {
        return served;
    }

    /** Stops accepting connections and gives in-flight requests up to five seconds. */
    @Override
    public void close() {
        javalin.stop();
    }
}
