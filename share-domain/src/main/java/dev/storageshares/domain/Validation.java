package dev.storageshares.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the errors of several value-object factories so that a caller hears about every bad
 * field at once instead of one per round trip.
 */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();
    private ShareException firstPathError;

    /** Builds one value; on failure records its errors and returns null. Null raw input yields null. */
    public <T> T field(Object raw, Supplier<T> factory) {
        if (raw == null) {
            return null;
        }
        try {
            return factory.get();
        } catch (ShareException e) {
            if (e.code() == ErrorCode.INVALID_PATH && firstPathError == null) {
                firstPathError = e;
            } else {
                errors.addAll(e.fieldErrors());
            }
            return null;
        }
    }

    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public void rejectAll(List<FieldError> more) {
        errors.addAll(more);
    }

    /** Field errors win over path errors: a malformed request is reported as such before its path is judged. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ShareException.validation(errors);
        }
        if (firstPathError != null) {
            throw firstPathError;
        }
    }
}
