package dev.storageshares.adapter.rest;

import dev.storageshares.domain.FieldError;
import dev.storageshares.domain.ShareException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where failures become HTTP responses. */
final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    static void install(RoutesConfig app) {
        app.exception(ShareException.class, (e, ctx) -> render(ctx, fromDomain(e)));
        app.exception(ApiError.class, (e, ctx) -> render(ctx, e));
        app.exception(HttpResponseException.class, (e, ctx) -> render(ctx, fromJavalin(e)));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed (request id {})", ctx.method(), ctx.path(), RequestIds.of(ctx), e);
            render(ctx, new ApiError(500, "INTERNAL_ERROR",
                    "Internal server error (request id " + RequestIds.of(ctx) + ")"));
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                render(ctx, new ApiError(404, "RESOURCE_NOT_FOUND", "Route not found"));
            }
        });
        app.error(405, ctx -> render(ctx, new ApiError(405, "METHOD_NOT_ALLOWED", "Method not allowed")));
    }

    static ApiError fromDomain(ShareException e) {
        return switch (e.code()) {
            case VALIDATION_ERROR -> new ApiError(400, "VALIDATION_ERROR", e.getMessage(), fieldErrors(e.fieldErrors()), Map.of());
            case INVALID_PATH -> new ApiError(400, "INVALID_PATH", e.getMessage(), fieldErrors(e.fieldErrors()), Map.of());
            case SELF_SHARE -> new ApiError(400, "SELF_SHARE", e.getMessage());
            case NOT_TARGETED -> new ApiError(400, "VALIDATION_ERROR", e.getMessage(), e.details(), Map.of());
            case CONTAINER_NOT_FOUND -> new ApiError(404, "CONTAINER_NOT_FOUND", e.getMessage());
            case RESOURCE_NOT_FOUND -> new ApiError(404, "RESOURCE_NOT_FOUND", e.getMessage());
            case INSUFFICIENT_PERMISSIONS -> new ApiError(403, "INSUFFICIENT_PERMISSIONS", e.getMessage());
            case SHARE_ALREADY_EXISTS -> new ApiError(409, "SHARE_ALREADY_EXISTS", e.getMessage());
            case SHARE_NOT_PENDING -> new ApiError(409, "SHARE_NOT_PENDING", e.getMessage());
            case CONCURRENT_MODIFICATION -> new ApiError(409, "CONCURRENT_MODIFICATION", e.getMessage());
            case SERVICE_UNAVAILABLE -> new ApiError(503, "SERVICE_UNAVAILABLE", e.getMessage());
        };
    }

    private static ApiError fromJavalin(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> new ApiError(413, "PAYLOAD_TOO_LARGE", "Request body too large (at most 64 KiB)");
            case 404 -> new ApiError(404, "RESOURCE_NOT_FOUND", "Route not found");
            default -> new ApiError(e.getStatus(), "VALIDATION_ERROR", e.getMessage());
        };
    }

    /**
     * A failure Jetty detects before any route runs (a malformed request line, a URI or headers over
     * its limits): the contract's code where it has one for that status, else the reason phrase.
     */
    static ApiError fromJetty(int status, String reason) {
        return switch (status) {
            case 400 -> new ApiError(400, "BAD_REQUEST", "Malformed request" + (reason == null ? "" : ": " + reason));
            case 404 -> new ApiError(404, "RESOURCE_NOT_FOUND", "Route not found");
            case 405 -> new ApiError(405, "METHOD_NOT_ALLOWED", "Method not allowed");
            case 413 -> new ApiError(413, "PAYLOAD_TOO_LARGE", "Request body too large (at most 64 KiB)");
            case 414 -> new ApiError(414, "URI_TOO_LONG", "Request URI too long");
            case 431 -> new ApiError(431, "HEADERS_TOO_LARGE", "Request header fields too large");
            case 503 -> new ApiError(503, "SERVICE_UNAVAILABLE", "Service unavailable");
            default -> new ApiError(status, status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST", reasonPhrase(status));
        };
    }

    private static Map<String, Object> fieldErrors(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return null;
        }
        return Map.of("errors", errors.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
    }

    private static void render(Context ctx, ApiError e) {
        e.headers.forEach(ctx::header);
        ctx.status(e.status).json(envelope(e));
    }

    /** The error envelope of API §1: statusCode, reason phrase, code, message and optional data. */
    static Map<String, Object> envelope(ApiError e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", e.status);
        body.put("error", reasonPhrase(e.status));
        body.put("code", e.code);
        body.put("message", e.getMessage());
        if (e.data != null) {
            body.put("data", e.data);
        }
        return body;
    }

    private static String reasonPhrase(int status) {
        String phrase = HttpStatus.forStatus(status).getMessage();
        return HttpStatus.forStatus(status) == HttpStatus.UNKNOWN
                ? org.eclipse.jetty.http.HttpStatus.getMessage(status) : phrase;
    }
}
