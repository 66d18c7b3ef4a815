package dev.storageshares.application.share;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.access.ContainerAccess;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.share.ShareFilter;
import dev.storageshares.domain.share.ShareGroup;
import dev.storageshares.domain.share.ShareGroups;
import java.time.Clock;

/** The shares one container exposes, one group per shared directory, groups paged. */
public final class ListOutgoingGroups {
    private final ContainerAccess access;
    private final ShareGroups groups;
    private final Clock clock;

    public ListOutgoingGroups(ContainerCatalog catalog, AccessPolicy policy, ShareGroups groups, Clock clock) {
        this.access = new ContainerAccess(catalog, policy);
        this.groups = groups;
        this.clock = clock;
    }

    /** @param groupBy as the caller sent it; only {@code source_path} is known */
    public record Command(Caller caller, String containerId, String groupBy, ListFilters filters) {
    }

    public Page<ShareGroup> handle(Command command) {
        Container source = access.readable(command.caller(), command.containerId());
        ShareFilter filter = command.filters().toFilter(clock.instant());
        GroupBy.require(command.groupBy());
        return groups.groupsBySource(source.id(), filter, command.filters().pageRequest());
    }
}
