package dev.storageshares.application.catalog;

import dev.storageshares.application.access.Caller;
import dev.storageshares.application.validation.CatalogId;
import dev.storageshares.application.validation.CommandValidator;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.ProjectMember;
import dev.storageshares.domain.catalog.ProjectRole;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.catalog.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * Creates or replaces a project. Membership changes alter who may see what, never what is mounted,
 * so no reconcile follows. A project with containers cannot move realm: its containers would
 * silently straddle two realms.
 */
public final class SaveProject {
    private final ContainerCatalog catalog;
    private final CommandValidator validator;

    public SaveProject(ContainerCatalog catalog, CommandValidator validator) {
        this.catalog = catalog;
        this.validator = validator;
    }

    public record Command(Caller caller, @NotNull(message = "is required") @CatalogId String projectId,
                          @Valid ProjectInput input) {
    }

    public Saved<Project> handle(Command command) {
        AdminOnly.require(command.caller());
        ProjectInput input = command.input();
        validator.check(command, input.edgeErrors());
        ProjectId id = new ProjectId(command.projectId());
        RealmId realm = new RealmId(input.realmId());
        List<ProjectMember> members = input.members() == null ? List.of() : input.members().stream()
                .map(member -> new ProjectMember(new UserId(member.userId()), ProjectRole.fromWire(member.role())))
                .toList();
        // Listing a user twice is a rule about the whole list, so the project itself judges it.
        Project project = new Project(id, realm, input.name(), members, Boolean.TRUE.equals(input.acceptsShareRequests()));
        Optional<Project> existing = catalog.findProject(id);
        if (existing.isPresent() && !existing.get().realm().equals(realm)
                && !catalog.containersInProject(id).isEmpty()) {
            throw ShareException.invalidField("realm_id", "cannot change while the project has containers");
        }
        return new Saved<>(project, catalog.saveProject(project));
    }
}
