package dev.storageshares.domain;

import java.util.Objects;

/** One offending input field, named as the caller spelled it (the wire name). */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
