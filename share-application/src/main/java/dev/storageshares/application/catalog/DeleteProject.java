package dev.storageshares.application.catalog;

import dev.storageshares.application.access.Caller;
import dev.storageshares.application.mount.ReconcileRequests;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareQueries;
import dev.storageshares.domain.share.ShareRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Removes a project, its containers, and every share that targets it or depends on those containers. */
public final class DeleteProject {
    private final ContainerCatalog catalog;
    private final ShareQueries queries;
    private final CatalogCleanup cleanup;
    private final ReconcileRequests reconcile;
    private final Clock clock;

    public DeleteProject(ContainerCatalog catalog, ShareRepository shares, ShareQueries queries,
                         ReconcileRequests reconcile, Clock clock) {
        this.catalog = catalog;
        this.queries = queries;
        this.cleanup = new CatalogCleanup(catalog, shares);
        this.reconcile = reconcile;
        this.clock = clock;
    }

    public record Command(Caller caller, String projectId) {
    }

    public void handle(Command command) {
        AdminOnly.require(command.caller());
        Project project = ProjectId.parse(command.projectId()).flatMap(catalog::findProject)
                .orElseThrow(ShareException::projectNotFound);
        List<Container> containers = catalog.containersInProject(project.id());
        Set<Share> doomed = new LinkedHashSet<>(queries.targetingProject(project.id()));
        containers.forEach(container -> doomed.addAll(queries.bySourceOrDirectTarget(container.id())));
        Instant now = clock.instant();
        Set<ContainerId> affected = cleanup.deleteAll(new ArrayList<>(doomed), command.caller().user().value(),
                "project " + project.id() + " was deleted", now);
        catalog.deleteProject(project.id());
        // Its containers go with it; their reconciles find them gone and release what the driver kept for them.
        containers.forEach(container -> affected.add(container.id()));
        reconcile.reconcile(affected);
    }
}
