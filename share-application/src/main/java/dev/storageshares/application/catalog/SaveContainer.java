package dev.storageshares.application.catalog;

import dev.storageshares.application.access.Caller;
import dev.storageshares.application.mount.ReconcileRequests;
import dev.storageshares.application.validation.CatalogId;
import dev.storageshares.application.validation.CommandValidator;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.catalog.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * Creates or replaces a container. A new or moved container may now receive project shares, and a
 * new runtime ref names a different Docker container, so it is reconciled afterwards.
 */
public final class SaveContainer {
    private final ContainerCatalog catalog;
    private final ReconcileRequests reconcile;
    private final CommandValidator validator;

    public SaveContainer(ContainerCatalog catalog, ReconcileRequests reconcile, CommandValidator validator) {
        this.catalog = catalog;
        this.reconcile = reconcile;
        this.validator = validator;
    }

    public record Command(Caller caller, @NotNull(message = "is required") @CatalogId String containerId,
                          @Valid ContainerInput input) {
    }

    public Saved<Container> handle(Command command) {
        AdminOnly.require(command.caller());
        ContainerInput in = command.input();
        validator.check(command, in.edgeErrors());
        RealmId realm = new RealmId(in.realmId());
        ProjectId project = new ProjectId(in.projectId());
        Container container = new Container(new ContainerId(command.containerId()), realm, project,
                new UserId(in.ownerId()), in.name(), in.runtimeRef());
        boolean projectInRealm = catalog.findProject(project).filter(p -> p.realm().equals(realm)).isPresent();
        if (!projectInRealm) {
            throw unknownProject(realm);
        }
        boolean created = catalog.saveContainer(container);
        reconcile.reconcile(Set.of(container.id()));
        return new Saved<>(container, created);
    }

    /** Also what a store answers when the project vanished between this check and the write. */
    public static ShareException unknownProject(RealmId realm) {
        return ShareException.invalidField("project_id", "must name an existing project in realm " + realm);
    }
}
