package dev.storageshares.domain.catalog;

import java.util.Objects;

public record ProjectMember(UserId user, ProjectRole role) {
    public ProjectMember {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
    }
}
