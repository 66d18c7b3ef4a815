package dev.storageshares.application.share;

import dev.storageshares.application.access.Caller;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareQueries;
import java.time.Clock;

/** The shares of every container the caller can read, across realms unless one is named. */
public final class ListAllOutgoingShares {
    private final ShareQueries shares;
    private final Clock clock;

    public ListAllOutgoingShares(ShareQueries shares, Clock clock) {
        this.shares = shares;
        this.clock = clock;
    }

    public record Command(Caller caller, ListFilters filters) {
    }

    public Page<Share> handle(Command command) {
        return shares.listVisible(command.caller().visibility(), command.filters().toFilter(clock.instant()),
                command.filters().pageRequest());
    }
}
