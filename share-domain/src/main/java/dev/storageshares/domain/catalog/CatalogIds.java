package dev.storageshares.domain.catalog;

import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.Characters;

/** The id format every catalog entry shares: 1–128 characters of A-Z a-z 0-9 . _ - */
public final class CatalogIds {
    private static final int MAX_LENGTH = 128;

    private CatalogIds() {
    }

    public static String requireValid(String value, String field) {
        if (!isValid(value)) {
            throw ShareException.invalidField(field, "must be 1-128 characters of A-Z a-z 0-9 . _ -");
        }
        return value;
    }

    public static boolean isValid(String value) {
        return value != null && !value.isEmpty() && value.length() <= MAX_LENGTH
                && Characters.isAlphanumericOr(value, "._-");
    }
}
