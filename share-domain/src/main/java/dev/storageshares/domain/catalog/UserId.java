package dev.storageshares.domain.catalog;

import dev.storageshares.domain.Characters;
import dev.storageshares.domain.ShareException;

/** Whoever a token's subject names. Opaque to us, but bounded and printable. */
public record UserId(String value) {
    public static final int MAX_LENGTH = 255;

    public UserId {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH
                || Characters.hasControl(value)) {
            throw ShareException.invalidField("user_id", "must be 1-255 printable characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
