package dev.storageshares.adapter.rest;

import dev.storageshares.application.access.Caller;
import dev.storageshares.domain.paging.Cursor;
import dev.storageshares.domain.paging.Page;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Reading requests and writing the success envelope of API.md §1. */
final class Exchange {
    static final String CALLER = "caller";
    static final int MAX_BODY_BYTES = 64 * 1024;

    private Exchange() {
    }

    static Caller caller(Context ctx) {
        return ctx.attribute(CALLER);
    }

    /** The body text, refusing what is not JSON by media type before anything reads it. */
    static String jsonBody(Context ctx) {
        String contentType = ctx.contentType();
        String body = ctx.body();
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            throw new ApiError(413, "PAYLOAD_TOO_LARGE", "Request body too large (at most 64 KiB)");
        }
        if (!body.isEmpty() && (contentType == null
                || !contentType.toLowerCase(Locale.ROOT).split(";")[0].trim().equals("application/json"))) {
            throw new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", "Request body must be application/json");
        }
        return body;
    }

    static void respond(Context ctx, int status, String message, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", status);
        body.put("message", message);
        if (data != null) {
            body.put("data", data);
        }
        ctx.status(status).json(body);
    }

    static <T> void respondPage(Context ctx, String message, Page<T> page, int limit, Function<T, Object> view) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", 200);
        body.put("message", message);
        body.put("data", page.items().stream().map(view).toList());
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("limit", limit);
        pagination.put("next_cursor", page.next().map(Cursor::encode).orElse(null));
        body.put("pagination", pagination);
        ctx.status(200).json(body);
    }

    static void respondList(Context ctx, String message, List<?> data) {
        respond(ctx, 200, message, data);
    }
}
