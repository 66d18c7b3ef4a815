package dev.storageshares.adapter.rest;

import static dev.storageshares.adapter.rest.Exchange.caller;
import static dev.storageshares.adapter.rest.Exchange.jsonBody;
import static dev.storageshares.adapter.rest.Exchange.respond;
import static dev.storageshares.adapter.rest.Exchange.respondPage;

import dev.storageshares.adapter.rest.json.Requests;
import dev.storageshares.adapter.rest.json.Views;
import dev.storageshares.application.StorageShares;
import dev.storageshares.application.incoming.GetContainerMounts;
import dev.storageshares.application.incoming.ListAllIncomingShares;
import dev.storageshares.application.incoming.ListIncomingShares;
import dev.storageshares.application.incoming.ToggleMount;
import dev.storageshares.application.share.ListFilters;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The receiver side: API.md §4.2. */
final class IncomingRoutes {
    private final StorageShares app;

    IncomingRoutes(StorageShares app) {
        this.app = app;
    }

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/api/v1/containers/{id}/storage/incoming", "What a container receives", true, 200, this::listOwn),
                new Route(HandlerType.GET, "/api/v1/storage/incoming", "What every readable container receives", true, 200, this::listAll),
                new Route(HandlerType.PATCH, "/api/v1/containers/{id}/storage/incoming/{shareId}/mount", "Accept or reject an incoming share", true, 200, this::toggle),
                new Route(HandlerType.GET, "/api/v1/containers/{id}/storage/mounts", "A container's mount configuration", true, 200, this::mounts));
    }

    private void listOwn(Context ctx) {
        respond(ctx, 200, "Incoming shares retrieved successfully", app.listIncomingShares()
                .handle(new ListIncomingShares.Command(caller(ctx), ctx.pathParam("id"))).stream()
                .map(incoming -> Views.receiver(incoming.share(), incoming.mount())).toList());
    }

    private void listAll(Context ctx) {
        ListFilters filters = new ListFilters(null, null, null, null, null, ctx.queryParam("realm_id"),
                ctx.queryParam("limit"), ctx.queryParam("cursor"));
        respondPage(ctx, "All incoming shares retrieved successfully", app.listAllIncomingShares()
                .handle(new ListAllIncomingShares.Command(caller(ctx), filters)), filters.pageRequest().limit(), Views::receiver);
    }

    private void toggle(Context ctx) {
        Requests.Toggle body = Requests.toggle(jsonBody(ctx));
        ToggleMount.Result result = app.toggleMount().handle(new ToggleMount.Command(caller(ctx), ctx.pathParam("id"),
                ctx.pathParam("shareId"), body.mount(), body.errors()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("share", Views.creator(result.share()));
        data.put("override", Views.override(result.override()));
        respond(ctx, 200, result.override().mount() ? "Share enabled for mounting successfully"
                : "Share disabled for mounting successfully", data);
    }

    private void mounts(Context ctx) {
        respond(ctx, 200, "Container mounts retrieved successfully", app.getContainerMounts()
                .handle(new GetContainerMounts.Command(caller(ctx), ctx.pathParam("id"))).stream().map(Views::mount).toList());
    }
}
