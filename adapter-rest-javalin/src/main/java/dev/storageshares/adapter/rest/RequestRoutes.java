package dev.storageshares.adapter.rest;

import static dev.storageshares.adapter.rest.Exchange.caller;
import static dev.storageshares.adapter.rest.Exchange.jsonBody;
import static dev.storageshares.adapter.rest.Exchange.respond;
import static dev.storageshares.adapter.rest.Exchange.respondPage;

import dev.storageshares.adapter.rest.json.Requests;
import dev.storageshares.application.StorageShares;
import dev.storageshares.application.request.DecideShareRequest;
import dev.storageshares.application.request.DecideShareRequest.Verdict;
import dev.storageshares.application.request.ListShareRequests;
import dev.storageshares.application.share.ListFilters;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.share.Share;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;

/** Share requests across teams: the receivers' list and their decisions. */
final class RequestRoutes {
    private final StorageShares app;

    RequestRoutes(StorageShares app) {
        this.app = app;
    }

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/api/v1/storage/requests", "Pending share requests the caller may decide",
                        true, 200, this::list).withQuery("limit", "cursor", ShareRoutes.OUTPUT),
                new Route(HandlerType.POST, "/api/v1/storage/requests/{shareId}/approve", "Approve a share request",
                        true, 200, ctx -> decide(ctx, Verdict.APPROVE)).withQuery(ShareRoutes.OUTPUT),
                new Route(HandlerType.POST, "/api/v1/storage/requests/{shareId}/reject",
                        "Reject a share request, optionally with a reason", true, 200, ctx -> decide(ctx, Verdict.REJECT))
                        .withQuery(ShareRoutes.OUTPUT));
    }

    /** In the receiver view of the global incoming list: one request may reach several containers. */
    private void list(Context ctx) {
        ShareOutput output = ShareOutput.of(ctx, app);
        ListFilters filters = ListFilters.paging(ctx.queryParam("limit"), ctx.queryParam("cursor"));
        Page<Share> page = app.listShareRequests().handle(new ListShareRequests.Command(caller(ctx), filters));
        respondPage(ctx, "Share requests retrieved successfully",
                new Page<>(output.receivers(page.items(), caller(ctx)), page.next()), filters.pageRequest().limit(),
                view -> view);
    }

    private void decide(Context ctx, Verdict verdict) {
        ShareOutput output = ShareOutput.of(ctx, app);
        Requests.Verdict body = Requests.verdict(jsonBody(ctx), verdict == Verdict.REJECT);
        Share decided = app.decideShareRequest().handle(new DecideShareRequest.Command(caller(ctx),
                ctx.pathParam("shareId"), verdict, body.reason(), body.errors()));
        respond(ctx, 200, verdict == Verdict.APPROVE ? "Share request approved successfully"
                : "Share request rejected successfully", output.creator(decided));
    }
}
