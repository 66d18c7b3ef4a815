package dev.storageshares.application.request;

import dev.storageshares.application.access.Caller;
import dev.storageshares.application.share.ListFilters;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareQueries;
import java.time.Clock;

/** The pending share requests the caller may decide, newest first. */
public final class ListShareRequests {
    private final ShareQueries shares;
    private final Clock clock;

    public ListShareRequests(ShareQueries shares, Clock clock) {
        this.shares = shares;
        this.clock = clock;
    }

    /** @param filters only {@code limit} and {@code cursor} apply */
    public record Command(Caller caller, ListFilters filters) {
    }

    public Page<Share> handle(Command command) {
        return shares.listRequests(command.caller().requestScope(), clock.instant(), command.filters().pageRequest());
    }
}
