package dev.storageshares.domain.share;

import dev.storageshares.domain.ShareException;

public record Description(String value) {
    public static final int MAX_LENGTH = 1000;

    public Description {
        if (value == null || value.length() > MAX_LENGTH || value.indexOf('\0') >= 0) {
            throw ShareException.invalidField("description", "must be at most " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
