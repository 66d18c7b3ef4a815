package dev.storageshares.application.share;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.access.ContainerAccess;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareRepository;

/** The audit trail of one share, newest first, for whoever can read its source container. */
public final class GetShareHistory {
    private final ContainerAccess access;
    private final ShareRepository shares;

    public GetShareHistory(ContainerCatalog catalog, AccessPolicy policy, ShareRepository shares) {
        this.access = new ContainerAccess(catalog, policy);
        this.shares = shares;
    }

    public record Command(Caller caller, String containerId, String shareId, ListFilters paging) {
    }

    public Page<ShareEvent> handle(Command command) {
        Share share = OwnShares.find(shares, access.readable(command.caller(), command.containerId()), command.shareId());
        return shares.history(share.id(), command.paging().pageRequest());
    }
}
