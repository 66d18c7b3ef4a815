package dev.storageshares.application.catalog;

import dev.storageshares.application.access.Caller;
import dev.storageshares.application.mount.ReconcileRequests;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.Validation;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.catalog.UserId;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Creates or replaces a container. A new or moved container may now receive project shares, and a
 * new runtime ref names a different Docker container, so it is reconciled afterwards.
 */
public final class SaveContainer {
    private final ContainerCatalog catalog;
    private final ReconcileRequests reconcile;

    public SaveContainer(ContainerCatalog catalog, ReconcileRequests reconcile) {
        this.catalog = catalog;
        this.reconcile = reconcile;
    }

    public record Command(Caller caller, String containerId, ContainerInput input) {
    }

    public Saved<Container> handle(Command command) {
        AdminOnly.require(command.caller());
        ContainerInput in = command.input();
        Validation v = new Validation();
        v.rejectAll(in.edgeErrors());
        ContainerId id = v.field(command.containerId(), () -> new ContainerId(command.containerId()));
        RealmId realm = required(v, "realm_id", in.realmId(), () -> new RealmId(in.realmId()));
        ProjectId project = required(v, "project_id", in.projectId(), () -> new ProjectId(in.projectId()));
        UserId owner = required(v, "owner_id", in.ownerId(), () -> new UserId(in.ownerId()));
        required(v, "name", in.name(), in::name);
        required(v, "runtime_ref", in.runtimeRef(), in::runtimeRef);
        v.throwIfInvalid();
        Container container = v.field(in.name(), () -> new Container(id, realm, project, owner, in.name(), in.runtimeRef()));
        v.throwIfInvalid();
        boolean projectInRealm = catalog.findProject(project).filter(p -> p.realm().equals(realm)).isPresent();
        if (!projectInRealm) {
            throw unknownProject(realm);
        }
        boolean created = catalog.saveContainer(container);
        reconcile.reconcile(Set.of(container.id()));
        return new Saved<>(container, created);
    }

    private static <T> T required(Validation v, String field, String raw, Supplier<T> factory) {
        if (raw == null) {
            v.reject(field, "is required");
            return null;
        }
        return v.field(raw, factory);
    }

    /** Also what a store answers when the project vanished between this check and the write. */
    public static ShareException unknownProject(RealmId realm) {
        return ShareException.invalidField("project_id", "must name an existing project in realm " + realm);
    }
}
