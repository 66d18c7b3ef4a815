package dev.storageshares.application.catalog;

import dev.storageshares.application.mount.ShareReach;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareRepository;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes the shares that cannot outlive a catalog entry, each with its own {@code share.deleted}
 * event, and says which surviving containers lose a mount because of it.
 */
final class CatalogCleanup {
    private final ShareRepository shares;
    private final ShareReach reach;

    CatalogCleanup(ContainerCatalog catalog, ShareRepository shares) {
        this.shares = shares;
        this.reach = new ShareReach(catalog);
    }

    Set<ContainerId> deleteAll(List<Share> doomed, String actor, String reason, Instant now) {
        Set<ContainerId> affected = new LinkedHashSet<>();
        for (Share share : doomed) {
            affected.addAll(reach.containersReachedBy(share));
            shares.delete(share.id(), ShareEvent.of(EventType.DELETED, share.id(), actor, now, Map.of("reason", reason)));
        }
        return affected;
    }
}
