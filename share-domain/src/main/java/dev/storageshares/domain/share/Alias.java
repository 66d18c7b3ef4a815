package dev.storageshares.domain.share;

import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.Characters;

/** A short, URL-friendly nickname the creator gives a share. */
public record Alias(String value) {
    public Alias {
        if (value == null || value.length() < 3 || value.length() > 63
                || !Characters.isLowerAlphanumericOr(value, "_-")) {
            throw ShareException.invalidField("alias", "must match ^[a-z0-9_-]{3,63}$");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
