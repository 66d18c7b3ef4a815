package dev.storageshares.application.share;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.access.ContainerAccess;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareHistory;
import dev.storageshares.domain.share.ShareRepository;

/** The audit trail of one share, newest first, for whoever can read its source container. */
public final class GetShareHistory {
    private final ContainerAccess access;
    private final ShareRepository shares;
    private final ShareHistory history;

    public GetShareHistory(ContainerCatalog catalog, AccessPolicy policy, ShareRepository shares, ShareHistory history) {
        this.access = new ContainerAccess(catalog, policy);
        this.shares = shares;
        this.history = history;
    }

    public record Command(Caller caller, String containerId, String shareId, ListFilters paging) {
    }

    public Page<ShareEvent> handle(Command command) {
        Share share = OwnShares.find(shares, access.readable(command.caller(), command.containerId()), command.shareId());
        return history.history(share.id(), command.paging().pageRequest());
    }
}
