package dev.storageshares.domain.catalog;

import dev.storageshares.domain.ShareException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A group of containers in one realm, with members who may see (and maybe change) them. */
public record Project(ProjectId id, RealmId realm, String name, List<ProjectMember> members) {
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

    public Optional<ProjectRole> roleOf(UserId user) {
        return members.stream().filter(m -> m.user().equals(user)).map(ProjectMember::role).findFirst();
    }
}
