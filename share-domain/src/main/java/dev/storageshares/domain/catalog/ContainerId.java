package dev.storageshares.domain.catalog;

import java.util.Optional;

public record ContainerId(String value) {
    public ContainerId {
        CatalogIds.requireValid(value, "container_id");
    }

    /** For ids taken from a URL: a malformed one names nothing, so it is simply absent. */
    public static Optional<ContainerId> parse(String value) {
        return CatalogIds.isValid(value) ? Optional.of(new ContainerId(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
