package dev.storageshares.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the errors of several value-object factories so that a caller hears about every bad
 * field at once instead of one per round trip. Used where raw text becomes typed values (list
 * filters); incoming commands are judged by their Bean Validation constraints instead.
 */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    /** Builds one value; on failure records its errors and returns null. Null raw input yields null. */
    public <T> T field(Object raw, Supplier<T> factory) {
        if (raw == null) {
            return null;
        }
        try {
            return factory.get();
        } catch (ShareException e) {
            errors.addAll(e.fieldErrors());
            return null;
        }
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ShareException.validation(errors);
        }
    }
}
