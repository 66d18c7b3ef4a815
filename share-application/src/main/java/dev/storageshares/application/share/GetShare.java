package dev.storageshares.application.share;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.access.ContainerAccess;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareRepository;

/** One share, seen by its creator's side. Expired shares are still returned here. */
public final class GetShare {
    private final ContainerAccess access;
    private final ShareRepository shares;

    public GetShare(ContainerCatalog catalog, AccessPolicy policy, ShareRepository shares) {
        this.access = new ContainerAccess(catalog, policy);
        this.shares = shares;
    }

    public record Command(Caller caller, String containerId, String shareId) {
    }

    public Share handle(Command command) {
        return OwnShares.find(shares, access.readable(command.caller(), command.containerId()), command.shareId());
    }
}
