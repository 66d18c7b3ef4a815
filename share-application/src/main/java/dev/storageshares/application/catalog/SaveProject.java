package dev.storageshares.application.catalog;

import dev.storageshares.application.access.Caller;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.Validation;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.ProjectMember;
import dev.storageshares.domain.catalog.ProjectRole;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.catalog.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates or replaces a project. Membership changes alter who may see what, never what is mounted,
 * so no reconcile follows. A project with containers cannot move realm: its containers would
 * silently straddle two realms.
 */
public final class SaveProject {
    private final ContainerCatalog catalog;

    public SaveProject(ContainerCatalog catalog) {
        this.catalog = catalog;
    }

    public record Command(Caller caller, String projectId, ProjectInput input) {
    }

    public Saved<Project> handle(Command command) {
        AdminOnly.require(command.caller());
        ProjectInput input = command.input();
        Validation v = new Validation();
        v.rejectAll(input.edgeErrors());
        ProjectId id = v.field(command.projectId(), () -> new ProjectId(command.projectId()));
        RealmId realm = v.field(input.realmId(), () -> new RealmId(input.realmId()));
        if (input.realmId() == null) {
            v.reject("realm_id", "is required");
        }
        if (input.name() == null) {
            v.reject("name", "is required");
        }
        List<ProjectMember> members = new ArrayList<>();
        List<ProjectInput.MemberInput> rawMembers = input.members() == null ? List.of() : input.members();
        for (int i = 0; i < rawMembers.size(); i++) {
            ProjectInput.MemberInput raw = rawMembers.get(i);
            String field = "members[" + i + "]";
            UserId user = raw.userId() == null ? null : v.field(raw.userId(), () -> new UserId(raw.userId()));
            ProjectRole role = raw.role() == null ? null : v.field(raw.role(), () -> ProjectRole.fromWire(raw.role()));
            if (user == null || role == null) {
                v.reject(field, "needs a user_id and a role (owner, admin, member, viewer)");
            } else {
                members.add(new ProjectMember(user, role));
            }
        }
        v.throwIfInvalid();
        Project project = validProject(id, realm, input.name(), members,
                Boolean.TRUE.equals(input.acceptsShareRequests()));
        Optional<Project> existing = catalog.findProject(id);
        if (existing.isPresent() && !existing.get().realm().equals(realm)
                && !catalog.containersInProject(id).isEmpty()) {
            throw ShareException.invalidField("realm_id", "cannot change while the project has containers");
        }
        return new Saved<>(project, catalog.saveProject(project));
    }

    private static Project validProject(ProjectId id, RealmId realm, String name, List<ProjectMember> members,
                                        boolean acceptsShareRequests) {
        Validation v = new Validation();
        Project project = v.field(name, () -> new Project(id, realm, name, members, acceptsShareRequests));
        v.throwIfInvalid();
        return project;
    }
}
