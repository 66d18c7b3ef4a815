package dev.storageshares.application.catalog;

import dev.storageshares.application.access.Caller;
import dev.storageshares.application.mount.ReconcileRequests;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.share.ShareQueries;
import dev.storageshares.domain.share.ShareRepository;
import java.time.Clock;
import java.util.Set;

/** Removes a container with the shares whose source or direct target it is; their other targets are unmounted. */
public final class DeleteContainer {
    private final ContainerCatalog catalog;
    private final ShareQueries queries;
    private final CatalogCleanup cleanup;
    private final ReconcileRequests reconcile;
    private final Clock clock;

    public DeleteContainer(ContainerCatalog catalog, ShareRepository shares, ShareQueries queries,
                           ReconcileRequests reconcile, Clock clock) {
        this.catalog = catalog;
        this.queries = queries;
        this.cleanup = new CatalogCleanup(catalog, shares);
        this.reconcile = reconcile;
        this.clock = clock;
    }

    public record Command(Caller caller, String containerId) {
    }

    public void handle(Command command) {
        AdminOnly.require(command.caller());
        Container container = ContainerId.parse(command.containerId()).flatMap(catalog::findContainer)
                .orElseThrow(ShareException::containerNotFound);
        Set<ContainerId> affected = cleanup.deleteAll(queries.bySourceOrDirectTarget(container.id()),
                command.caller().user().value(), "container " + container.id() + " was deleted", clock.instant());
        catalog.deleteContainer(container.id());
        affected.add(container.id()); // its reconcile finds it gone and releases what the driver kept for it
        reconcile.reconcile(affected);
    }
}
