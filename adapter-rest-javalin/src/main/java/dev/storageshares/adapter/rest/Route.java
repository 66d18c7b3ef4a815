package dev.storageshares.adapter.rest;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * One endpoint: the table of these is both what Javalin serves and what /openapi.json describes,
 * so the two cannot drift apart.
 *
 * @param success the success status and message, for the OpenAPI document
 * @param query   the query parameters the endpoint reads, for the OpenAPI document
 */
record Route(HandlerType method, String path, String summary, boolean authenticated, int successStatus, Handler handler,
             List<String> query) {

    Route(HandlerType method, String path, String summary, boolean authenticated, int successStatus, Handler handler) {
        this(method, path, summary, authenticated, successStatus, handler, List.of());
    }

    Route withQuery(String... names) {
        List<String> all = new ArrayList<>(query);
        all.addAll(List.of(names));
        return new Route(method, path, summary, authenticated, successStatus, handler, List.copyOf(all));
    }
}
