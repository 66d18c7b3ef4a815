package dev.storageshares.adapter.rest;

import static dev.storageshares.adapter.rest.Exchange.caller;
import static dev.storageshares.adapter.rest.Exchange.jsonBody;
import static dev.storageshares.adapter.rest.Exchange.respond;
import static dev.storageshares.adapter.rest.Exchange.respondPage;

import dev.storageshares.adapter.rest.json.Requests;
import dev.storageshares.adapter.rest.json.Views;
import dev.storageshares.application.StorageShares;
import dev.storageshares.application.incoming.GetContainerMounts;
import dev.storageshares.application.incoming.IncomingShare;
import dev.storageshares.application.incoming.ListAllIncomingShares;
import dev.storageshares.application.incoming.ListIncomingShares;
import dev.storageshares.application.incoming.ToggleMount;
import dev.storageshares.application.share.ListFilters;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.share.Share;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The receiver side: docs/api.md §4.2. */
final class IncomingRoutes {
    private final StorageShares app;

    IncomingRoutes(StorageShares app) {
        this.app = app;
    }

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/api/v1/containers/{id}/storage/incoming", "What a container receives", true, 200, this::listOwn)
                        .withQuery("status", ShareRoutes.OUTPUT),
                new Route(HandlerType.GET, "/api/v1/storage/incoming", "What every readable container receives", true, 200, this::listAll)
                        .withQuery("realm_id", "status", "limit", "cursor", ShareRoutes.OUTPUT),
                new Route(HandlerType.PATCH, "/api/v1/containers/{id}/storage/incoming/{shareId}/mount", "Accept or reject an incoming share", true, 200, this::toggle)
                        .withQuery(ShareRoutes.OUTPUT),
                new Route(HandlerType.GET, "/api/v1/containers/{id}/storage/mounts", "A container's mount configuration", true, 200, this::mounts));
    }

    private void listOwn(Context ctx) {
        ShareOutput output = ShareOutput.of(ctx, app);
        List<IncomingShare> incoming = app.listIncomingShares().handle(new ListIncomingShares.Command(caller(ctx), ctx.pathParam("id"),
                ctx.queryParam("status")));
        // The use case found the container, so its id is well formed.
        respond(ctx, 200, "Incoming shares retrieved successfully", output.receivers(incoming, new ContainerId(ctx.pathParam("id"))));
    }

    private void listAll(Context ctx) {
        ShareOutput output = ShareOutput.of(ctx, app);
        ListFilters filters = new ListFilters(null, null, ctx.queryParam("status"), null, null, ctx.queryParam("realm_id"),
                ctx.queryParam("limit"), ctx.queryParam("cursor"));
        Page<Share> page = app.listAllIncomingShares().handle(new ListAllIncomingShares.Command(caller(ctx), filters));
        respondPage(ctx, "All incoming shares retrieved successfully",
                new Page<>(output.receivers(page.items(), caller(ctx)), page.next()), filters.pageRequest().limit(), view -> view);
    }

    private void toggle(Context ctx) {
        ShareOutput output = ShareOutput.of(ctx, app);
        Requests.Toggle body = Requests.toggle(jsonBody(ctx));
        ToggleMount.Result result = app.toggleMount().handle(new ToggleMount.Command(caller(ctx), ctx.pathParam("id"),
                ctx.pathParam("shareId"), body.mount(), body.errors()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("share", output.creator(result.share()));
        data.put("override", Views.override(result.override()));
        respond(ctx, 200, result.override().mount() ? "Share enabled for mounting successfully"
                : "Share disabled for mounting successfully", data);
    }

    private void mounts(Context ctx) {
        respond(ctx, 200, "Container mounts retrieved successfully", app.getContainerMounts()
                .handle(new GetContainerMounts.Command(caller(ctx), ctx.pathParam("id"))).stream().map(Views::mount).toList());
    }
}
