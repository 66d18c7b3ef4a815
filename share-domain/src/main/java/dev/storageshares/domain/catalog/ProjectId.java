package dev.storageshares.domain.catalog;

import java.util.Optional;

public record ProjectId(String value) {
    public ProjectId {
        CatalogIds.requireValid(value, "project_id");
    }

    /** For ids taken from a URL: a malformed one names nothing, so it is simply absent. */
    public static Optional<ProjectId> parse(String value) {
        return CatalogIds.isValid(value) ? Optional.of(new ProjectId(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
