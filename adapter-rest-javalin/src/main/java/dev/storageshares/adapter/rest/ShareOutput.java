package dev.storageshares.adapter.rest;

import dev.storageshares.adapter.rest.json.JsonView;
import dev.storageshares.adapter.rest.json.JsonView.Fields;
import dev.storageshares.adapter.rest.json.Views;
import dev.storageshares.application.StorageShares;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.incoming.IncomingShare;
import dev.storageshares.application.incoming.RealisedMounts;
import dev.storageshares.application.incoming.ShareMount;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareGroup;
import dev.storageshares.domain.share.ShareId;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code output} query parameter: how much of each share an answer carries. It is read before
 * the use case runs, so a bad value is refused before anything is created or changed.
 */
final class ShareOutput {
    private enum Level { TERSE, STANDARD, FULL }

    private final Level level;
    private final RealisedMounts realisedMounts;

    private ShareOutput(Level level, RealisedMounts realisedMounts) {
        this.level = level;
        this.realisedMounts = realisedMounts;
    }

    static ShareOutput of(Context ctx, StorageShares app) {
        String raw = ctx.queryParam("output");
        Level level;
        if (raw == null || raw.equals("standard")) {
            level = Level.STANDARD;
        } else if (raw.equals("terse")) {
            level = Level.TERSE;
        } else if (raw.equals("full")) {
            level = Level.FULL;
        } else {
            throw ShareException.invalidField("output", "must be terse, standard or full");
        }
        return new ShareOutput(level, app.realisedMounts());
    }

    /** Creator views: {@code full} reports every container the share reaches. */
    List<Object> creators(List<Share> shares) {
        return render(shares, share -> share, new RealisedMounts.Scope.EveryTarget(),
                share -> Views.terse(share, false, null), Views::creator);
    }

    /** Groups of creator views; {@code full} works out the mounts of the whole page at once. */
    Page<Object> groups(Page<ShareGroup> page) {
        List<Object> views = creators(page.items().stream().flatMap(group -> group.shares().stream()).toList());
        List<Object> groups = new ArrayList<>();
        int next = 0;
        for (ShareGroup group : page.items()) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("source_container_id", group.sourceContainer().value());
            view.put("source_path", group.sourcePath().value());
            view.put("shares", views.subList(next, next + group.shares().size()));
            next += group.shares().size();
            groups.add(view);
        }
        return new Page<>(groups, page.next());
    }

    Object creator(Share share) {
        return creators(List.of(share)).get(0);
    }

    /** Receiver views of one container, with its switch: {@code full} reports that container only. */
    List<Object> receivers(List<IncomingShare> incoming, ContainerId container) {
        return render(incoming, IncomingShare::share, new RealisedMounts.Scope.Only(container),
                in -> Views.terse(in.share(), true, in.mount()), in -> Views.receiver(in.share(), in.mount()));
    }

    /** Receiver views across containers: {@code full} reports the containers the caller can read. */
    List<Object> receivers(List<Share> shares, Caller caller) {
        return render(shares, share -> share, new RealisedMounts.Scope.ReadableBy(caller),
                share -> Views.terse(share, true, null), Views::receiver);
    }

    private <T> List<Object> render(List<T> items, Function<T, Share> shareOf, RealisedMounts.Scope scope,
                                    Function<T, Fields> terse, Function<T, Fields> standard) {
        return switch (level) {
            case TERSE -> items.stream().<Object>map(item -> JsonView.of(terse.apply(item))).toList();
            case STANDARD -> items.stream().<Object>map(item -> JsonView.of(standard.apply(item))).toList();
            case FULL -> {
                Map<ShareId, List<ShareMount>> mounts = realisedMounts.handle(
                        new RealisedMounts.Command(items.stream().map(shareOf).toList(), scope));
                yield items.stream().<Object>map(item -> Views.full(standard.apply(item), shareOf.apply(item),
                        mounts.getOrDefault(shareOf.apply(item).id(), List.of()))).toList();
            }
        };
    }
}
