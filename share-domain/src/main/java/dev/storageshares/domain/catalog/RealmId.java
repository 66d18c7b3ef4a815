package dev.storageshares.domain.catalog;

import java.util.Optional;

public record RealmId(String value) {
    public RealmId {
        CatalogIds.requireValid(value, "realm_id");
    }

    /** For ids taken from a URL: a malformed one names nothing, so it is simply absent. */
    public static Optional<RealmId> parse(String value) {
        return CatalogIds.isValid(value) ? Optional.of(new RealmId(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
