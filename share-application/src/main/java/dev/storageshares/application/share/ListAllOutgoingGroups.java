package dev.storageshares.application.share;

import dev.storageshares.application.access.Caller;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.share.ShareFilter;
import dev.storageshares.domain.share.ShareGroup;
import dev.storageshares.domain.share.ShareGroups;
import java.time.Clock;

/** The shares of every container the caller can read, one group per shared directory, groups paged. */
public final class ListAllOutgoingGroups {
    private final ShareGroups groups;
    private final Clock clock;

    public ListAllOutgoingGroups(ShareGroups groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    /** @param groupBy as the caller sent it; only {@code source_path} is known */
    public record Command(Caller caller, String groupBy, ListFilters filters) {
    }

    public Page<ShareGroup> handle(Command command) {
        ShareFilter filter = command.filters().toFilter(clock.instant());
        GroupBy.require(command.groupBy());
        return groups.groupsVisible(command.caller().visibility(), filter, command.filters().pageRequest());
    }
}
