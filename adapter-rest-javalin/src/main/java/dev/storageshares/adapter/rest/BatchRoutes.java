package dev.storageshares.adapter.rest;

import static dev.storageshares.adapter.rest.Exchange.caller;
import static dev.storageshares.adapter.rest.Exchange.jsonBody;
import static dev.storageshares.adapter.rest.Exchange.respond;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storageshares.adapter.rest.json.Requests;
import dev.storageshares.application.StorageShares;
import dev.storageshares.application.share.CreateShares;
import dev.storageshares.domain.share.Share;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Batch create with dry run and all-or-nothing mode. */
final class BatchRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> VIEW = new TypeReference<>() {
    };

    private final StorageShares app;
    private final CreateRateLimiter rateLimiter;

    BatchRoutes(StorageShares app, CreateRateLimiter rateLimiter) {
        this.app = app;
        this.rateLimiter = rateLimiter;
    }

    List<Route> routes() {
        return List.of(new Route(HandlerType.POST, "/api/v1/containers/{id}/storage/shares/batch",
                "Share several directories of a container at once, optionally as a dry run or all or nothing", true, 200,
                this::batch).withQuery(ShareRoutes.OUTPUT));
    }

    private void batch(Context ctx) {
        String text = jsonBody(ctx);
        Requests.Batch batch = Requests.batch(text);
        rateLimiter.check(caller(ctx), creationsCounted(batch));
        ShareOutput output = ShareOutput.of(ctx, app);
        CreateShares.Result result = app.createShares().handle(new CreateShares.Command(caller(ctx), ctx.pathParam("id"),
                batch.items(), batch.dryRun(), batch.atomic(), batch.errors()));

        List<Share> shares = result.items().stream().map(CreateShares.ItemResult::share).filter(Objects::nonNull).toList();
        List<Object> views = output.creators(shares);
        List<Map<String, Object>> items = new ArrayList<>();
        int next = 0;
        for (CreateShares.ItemResult item : result.items()) {
            items.add(item(item, item.share() == null ? null : unstored(views.get(next++), result.dryRun())));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", result.status().name().toLowerCase(Locale.ROOT));
        data.put("dry_run", result.dryRun());
        data.put("results", items);
        respond(ctx, 200, "Batch processed successfully", data);
    }

    /**
     * One creation per item; a dry run creates nothing and counts nothing. A batch that cannot be
     * judged at all counts as one attempt, like a malformed single create.
     */
    private static int creationsCounted(Requests.Batch batch) {
        if (batch.dryRun()) {
            return 0;
        }
        boolean judgeable = batch.errors().isEmpty() && batch.items() != null && !batch.items().isEmpty()
                && batch.items().size() <= CreateShares.MAX_ITEMS;
        return judgeable ? batch.items().size() : 1;
    }

    private static Map<String, Object> item(CreateShares.ItemResult item, Object share) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("index", item.index());
        if (item.error() != null) {
            ApiError error = ErrorResponses.fromDomain(item.error());
            view.put("statusCode", error.status);
            view.put("code", error.code);
            view.put("message", error.getMessage());
            if (error.data != null) {
                view.put("data", error.data);
            }
        } else if (item.aborted()) {
            view.put("statusCode", 424);
            view.put("code", "ABORTED");
            view.put("message", "Not created: another item of the atomic batch failed");
        } else {
            view.put("statusCode", 201);
            view.put("code", null);
            view.put("message", "Storage share created successfully");
        }
        view.put("share", share);
        return view;
    }

    /**
     * A dry run's share does not exist: it has no id and no timestamps yet. Views are written
     * straight into the response, so a dry run's (never on a hot path) is taken apart as a map first.
     */
    private static Object unstored(Object view, boolean dryRun) {
        if (dryRun) {
            Map<String, Object> share = JSON.convertValue(view, VIEW);
            share.put("id", null);
            share.replace("created_at", null);
            share.replace("updated_at", null);
            return share;
        }
        return view;
    }
}
