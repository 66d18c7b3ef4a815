package dev.storageshares.domain.share;

import dev.storageshares.domain.ShareException;
import java.util.regex.Pattern;

/** A short, URL-friendly nickname the creator gives a share. */
public record Alias(String value) {
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9_-]{3,63}");

    public Alias {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw ShareException.invalidField("alias", "must match ^[a-z0-9_-]{3,63}$");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
