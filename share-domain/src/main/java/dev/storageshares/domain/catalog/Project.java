package dev.storageshares.domain.catalog;

import dev.storageshares.domain.ShareException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A group of containers in one realm, with members who may see (and maybe change) them.
 *
 * @param acceptsShareRequests whether other teams of the realm may ask to share with this project's
 *                             containers (or the project itself), pending the decision of its receivers
 */
public record Project(ProjectId id, RealmId realm, String name, List<ProjectMember> members,
                      boolean acceptsShareRequests) {
    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(realm, "realm");
        name = CatalogNames.requireValid(name);
        members = List.copyOf(members);
        Set<UserId> seen = new HashSet<>();
        for (ProjectMember member : members) {
            if (!seen.add(member.user())) {
                throw ShareException.invalidField("members", "user " + member.user() + " is listed twice");
            }
        }
    }

    /** A project closed to share requests, as every project is unless it opts in. */
    public Project(ProjectId id, RealmId realm, String name, List<ProjectMember> members) {
        this(id, realm, name, members, false);
    }

    public Optional<ProjectRole> roleOf(UserId user) {
        return members.stream().filter(m -> m.user().equals(user)).map(ProjectMember::role).findFirst();
    }
}
