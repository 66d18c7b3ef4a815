package dev.storageshares.domain.catalog;

import dev.storageshares.domain.Characters;
import dev.storageshares.domain.ShareException;

/** Display names are free text, but bounded and without control characters. */
public final class CatalogNames {
    private static final int MAX_LENGTH = 200;

    private CatalogNames() {
    }

    public static String requireValid(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_LENGTH
                || Characters.hasControl(name)) {
            throw ShareException.invalidField("name", "must be 1-" + MAX_LENGTH + " printable characters");
        }
        return name;
    }
}
