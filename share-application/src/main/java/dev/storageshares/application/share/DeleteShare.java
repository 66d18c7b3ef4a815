package dev.storageshares.application.share;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.access.ContainerAccess;
import dev.storageshares.application.mount.ReconcileRequests;
import dev.storageshares.application.mount.ShareReach;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Removes a share by its global id, with its receivers' overrides, and unmounts it. A share whose
 * source the caller cannot read is "not found"; one they can only read is forbidden.
 */
public final class DeleteShare {
    private final ContainerCatalog catalog;
    private final ContainerAccess access;
    private final ShareRepository shares;
    private final ShareReach reach;
    private final ReconcileRequests reconcile;
    private final Clock clock;

    public DeleteShare(ContainerCatalog catalog, AccessPolicy policy, ShareRepository shares,
                       ReconcileRequests reconcile, Clock clock) {
        this.catalog = catalog;
        this.access = new ContainerAccess(catalog, policy);
        this.shares = shares;
        this.reach = new ShareReach(catalog);
        this.reconcile = reconcile;
        this.clock = clock;
    }

    public record Command(Caller caller, String shareId) {
    }

    public void handle(Command command) {
        Share share = ShareId.parse(command.shareId()).flatMap(shares::findById)
                .orElseThrow(() -> ShareException.notFound(OwnShares.NOT_FOUND));
        Container source = catalog.findContainer(share.sourceContainer())
                .filter(container -> access.canRead(command.caller(), container))
                .orElseThrow(() -> ShareException.notFound(OwnShares.NOT_FOUND));
        if (!access.canWrite(command.caller(), source)) {
            throw ShareException.forbidden();
        }
        Set<ContainerId> reached = reach.containersReachedBy(share);
        Instant now = clock.instant();
        boolean deleted = shares.delete(share.id(), ShareEvent.of(EventType.DELETED, share.id(),
                command.caller().user().value(), now, Map.of("source_path", share.sourcePath().value())));
        if (!deleted) {
            throw ShareException.notFound(OwnShares.NOT_FOUND);
        }
        reconcile.reconcile(reached);
    }
}
