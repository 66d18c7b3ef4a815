package dev.storageshares.adapter.rest;

import static dev.storageshares.adapter.rest.Exchange.caller;
import static dev.storageshares.adapter.rest.Exchange.jsonBody;
import static dev.storageshares.adapter.rest.Exchange.respond;
import static dev.storageshares.adapter.rest.Exchange.respondPage;

import dev.storageshares.adapter.rest.json.Requests;
import dev.storageshares.adapter.rest.json.Views;
import dev.storageshares.application.StorageShares;
import dev.storageshares.application.share.CreateShareCommand;
import dev.storageshares.application.share.DeleteShare;
import dev.storageshares.application.share.GetShare;
import dev.storageshares.application.share.GetShareHistory;
import dev.storageshares.application.share.ListAllOutgoingGroups;
import dev.storageshares.application.share.ListAllOutgoingShares;
import dev.storageshares.application.share.ListFilters;
import dev.storageshares.application.share.ListOutgoingGroups;
import dev.storageshares.application.share.ListOutgoingShares;
import dev.storageshares.application.share.UpdateShare;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareGroup;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;

/** The creator side: docs/api.md §4.1 and §4.3. */
final class ShareRoutes {
    private static final String SHARES = "/api/v1/containers/{id}/storage/shares";
    static final String OUTPUT = "output";
    private static final String GROUP_BY = "group_by";
    private static final String[] LIST_QUERY = {"target_type", "label", "status", "enabled", "include_expired", "realm_id",
        "limit", "cursor", OUTPUT, GROUP_BY};

    private final StorageShares app;
    private final CreateRateLimiter rateLimiter;

    ShareRoutes(StorageShares app, CreateRateLimiter rateLimiter) {
        this.app = app;
        this.rateLimiter = rateLimiter;
    }

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.POST, SHARES, "Share a directory of a container", true, 201, this::create)
                        .withQuery(OUTPUT),
                new Route(HandlerType.GET, SHARES, "List the shares a container exposes", true, 200, this::listOwn)
                        .withQuery(LIST_QUERY),
                new Route(HandlerType.GET, "/api/v1/storage/shares", "List the shares of every readable container", true, 200, this::listAll)
                        .withQuery(LIST_QUERY),
                new Route(HandlerType.GET, SHARES + "/{shareId}", "Get one share", true, 200, this::get).withQuery(OUTPUT),
                new Route(HandlerType.PATCH, SHARES + "/{shareId}", "Update a share", true, 200, this::update).withQuery(OUTPUT),
                new Route(HandlerType.DELETE, "/api/v1/storage/shares/{shareId}", "Delete a share", true, 200, this::delete),
                new Route(HandlerType.GET, SHARES + "/{shareId}/history", "The recorded events of a share", true, 200, this::history)
                        .withQuery("limit", "cursor"));
    }

    private void create(Context ctx) {
        rateLimiter.check(caller(ctx));
        ShareOutput output = ShareOutput.of(ctx, app);
        String containerId = ctx.pathParam("id");
        Share share = app.createShare().handle(new CreateShareCommand(caller(ctx), containerId, Requests.newShare(jsonBody(ctx))));
        ctx.header("Location", "/api/v1/containers/" + containerId + "/storage/shares/" + share.id());
        respond(ctx, 201, "Storage share created successfully", output.creator(share));
    }

    private void listOwn(Context ctx) {
        ShareOutput output = ShareOutput.of(ctx, app);
        ListFilters filters = filters(ctx);
        if (ctx.queryParam(GROUP_BY) != null) {
            Page<ShareGroup> groups = app.listOutgoingGroups().handle(new ListOutgoingGroups.Command(caller(ctx),
                    ctx.pathParam("id"), ctx.queryParam(GROUP_BY), filters));
            respondPage(ctx, "Storage shares retrieved successfully", output.groups(groups), filters.pageRequest().limit(), view -> view);
            return;
        }
        Page<Share> page = app.listOutgoingShares().handle(new ListOutgoingShares.Command(caller(ctx), ctx.pathParam("id"), filters));
        respondPage(ctx, "Storage shares retrieved successfully", new Page<>(output.creators(page.items()), page.next()),
                filters.pageRequest().limit(), view -> view);
    }

    private void listAll(Context ctx) {
        ShareOutput output = ShareOutput.of(ctx, app);
        ListFilters filters = filters(ctx);
        if (ctx.queryParam(GROUP_BY) != null) {
            Page<ShareGroup> groups = app.listAllOutgoingGroups().handle(new ListAllOutgoingGroups.Command(caller(ctx),
                    ctx.queryParam(GROUP_BY), filters));
            respondPage(ctx, "All storage shares retrieved successfully", output.groups(groups), filters.pageRequest().limit(), view -> view);
            return;
        }
        Page<Share> page = app.listAllOutgoingShares().handle(new ListAllOutgoingShares.Command(caller(ctx), filters));
        respondPage(ctx, "All storage shares retrieved successfully", new Page<>(output.creators(page.items()), page.next()),
                filters.pageRequest().limit(), view -> view);
    }

    private void get(Context ctx) {
        ShareOutput output = ShareOutput.of(ctx, app);
        respond(ctx, 200, "Storage share retrieved successfully", output.creator(app.getShare().handle(
                new GetShare.Command(caller(ctx), ctx.pathParam("id"), ctx.pathParam("shareId")))));
    }

    private void update(Context ctx) {
        ShareOutput output = ShareOutput.of(ctx, app);
        Share share = app.updateShare().handle(new UpdateShare.Command(caller(ctx), ctx.pathParam("id"),
                ctx.pathParam("shareId"), Requests.sharePatch(jsonBody(ctx))));
        respond(ctx, 200, "Storage share updated successfully", output.creator(share));
    }

    private void delete(Context ctx) {
        app.deleteShare().handle(new DeleteShare.Command(caller(ctx), ctx.pathParam("shareId")));
        respond(ctx, 200, "Storage share deleted successfully", null);
    }

    private void history(Context ctx) {
        ListFilters paging = ListFilters.paging(ctx.queryParam("limit"), ctx.queryParam("cursor"));
        respondPage(ctx, "Storage share history retrieved successfully", app.getShareHistory().handle(
                new GetShareHistory.Command(caller(ctx), ctx.pathParam("id"), ctx.pathParam("shareId"), paging)),
                paging.pageRequest().limit(), Views::event);
    }

    static ListFilters filters(Context ctx) {
        return new ListFilters(ctx.queryParam("target_type"), ctx.queryParam("label"), ctx.queryParam("status"),
                ctx.queryParam("enabled"), ctx.queryParam("include_expired"), ctx.queryParam("realm_id"),
                ctx.queryParam("limit"), ctx.queryParam("cursor"));
    }
}
