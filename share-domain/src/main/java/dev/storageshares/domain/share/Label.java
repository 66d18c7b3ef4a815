package dev.storageshares.domain.share;

import dev.storageshares.domain.Characters;
import dev.storageshares.domain.ShareException;

/** A free-text tag for grouping shares; filters match it exactly. */
public record Label(String value) {
    public Label {
        if (value == null || value.length() < 3 || value.length() > 63
                || Characters.hasControl(value)) {
            throw ShareException.invalidField("label", "must be 3-63 characters without control characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
