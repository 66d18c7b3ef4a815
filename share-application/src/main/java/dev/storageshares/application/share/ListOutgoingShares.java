package dev.storageshares.application.share;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.access.ContainerAccess;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareQueries;
import java.time.Clock;

/** The shares one container exposes, filtered and paged. */
public final class ListOutgoingShares {
    private final ContainerAccess access;
    private final ShareQueries shares;
    private final Clock clock;

    public ListOutgoingShares(ContainerCatalog catalog, AccessPolicy policy, ShareQueries shares, Clock clock) {
        this.access = new ContainerAccess(catalog, policy);
        this.shares = shares;
        this.clock = clock;
    }

    public record Command(Caller caller, String containerId, ListFilters filters) {
    }

    public Page<Share> handle(Command command) {
        Container source = access.readable(command.caller(), command.containerId());
        return shares.listBySource(source.id(), command.filters().toFilter(clock.instant()), command.filters().pageRequest());
    }
}
