package dev.storageshares.adapter.rest;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The web console: one HTML page and its scripts and style sheet, served from this module's resources.
 * It is a client of the public API like any other (it has no endpoints of its own), so these routes are
 * pages, not API: they are left out of /openapi.json.
 */
final class ConsolePages {
    private static final String ROOT = "/console/";
    /** Only plain file names: nothing else on the classpath can be reached through the asset route. */
    private static final Pattern ASSET = Pattern.compile("[a-z][a-z0-9-]*\\.(js|css|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml");
    /** Everything the page loads comes from this server; nothing inline, nothing from elsewhere. */
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/console", "The web console", false, 200, ctx -> serve(ctx, "index.html")),
                new Route(HandlerType.GET, "/console/{asset}", "A script or style sheet of the web console", false, 200,
                        ctx -> serve(ctx, ctx.pathParam("asset"))));
    }

    private static void serve(Context ctx, String name) {
        if (!name.equals("index.html") && !ASSET.matcher(name).matches()) {
            throw new NotFoundResponse();
        }
        byte[] body = read(name);
        ctx.header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                // Small files that change with each release: revalidating is cheaper than stale scripts.
                .header("Cache-Control", "no-cache")
                .contentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1)))
                .result(body);
    }

    private static byte[] read(String name) {
        try (InputStream in = ConsolePages.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new NotFoundResponse();
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
