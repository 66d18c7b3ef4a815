package dev.storageshares.application.incoming;

import dev.storageshares.application.access.Caller;
import dev.storageshares.application.share.ListFilters;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareQueries;
import java.time.Clock;

/** Everything any container the caller can read receives, each share once; rejected requests on demand. */
public final class ListAllIncomingShares {
    private final ShareQueries shares;
    private final Clock clock;

    public ListAllIncomingShares(ShareQueries shares, Clock clock) {
        this.shares = shares;
        this.clock = clock;
    }

    public record Command(Caller caller, ListFilters filters) {
    }

    public Page<Share> handle(Command command) {
        ListFilters.IncomingFilter filter = command.filters().toIncomingFilter();
        return shares.listIncomingVisible(command.caller().visibility(), filter.realm(), filter.status(),
                clock.instant(), command.filters().pageRequest());
    }
}
