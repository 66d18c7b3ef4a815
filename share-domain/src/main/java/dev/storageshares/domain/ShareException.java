package dev.storageshares.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one exception type of the domain. Unchecked, because callers at the edge translate it once
 * and nothing in between can do anything useful with it.
 */
public final class ShareException extends RuntimeException {
    private final ErrorCode code;
    private final List<FieldError> fieldErrors;
    private final Map<String, String> details;

    public ShareException(ErrorCode code, String message, List<FieldError> fieldErrors, Map<String, String> details) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.fieldErrors = List.copyOf(fieldErrors);
        // Null values are meaningful ("this share has no target container"), which Map.copyOf refuses.
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public ShareException(ErrorCode code, String message) {
        this(code, message, List.of(), Map.of());
    }

    public static ShareException validation(List<FieldError> errors) {
        return new ShareException(ErrorCode.VALIDATION_ERROR, "Validation failed", errors, Map.of());
    }

    public static ShareException invalidField(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }

    public static ShareException invalidPath(String message) {
        return new ShareException(ErrorCode.INVALID_PATH, message, List.of(new FieldError("source_path", message)), Map.of());
    }

    public static ShareException containerNotFound() {
        return new ShareException(ErrorCode.CONTAINER_NOT_FOUND, "Container not found");
    }

    public static ShareException projectNotFound() {
        return notFound("Project not found");
    }

    public static ShareException notFound(String message) {
        return new ShareException(ErrorCode.RESOURCE_NOT_FOUND, message);
    }

    public static ShareException alreadyExists() {
        return new ShareException(ErrorCode.SHARE_ALREADY_EXISTS, "Storage share already exists.");
    }

    public static ShareException forbidden() {
        return new ShareException(ErrorCode.INSUFFICIENT_PERMISSIONS, "Insufficient permissions");
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Extra machine-readable facts about the error (for example the ids a toggle did not match). */
    public Map<String, String> details() {
        return details;
    }
}
