package dev.storageshares.adapter.rest;

import java.util.Map;

/**
 * A failure the transport itself detects (authentication, rate limit, media type, size, unknown
 * route). Domain failures arrive as {@code ShareException}; both are rendered by {@link ErrorResponses}.
 */
final class ApiError extends RuntimeException {
    final int status;
    final String code;
    final Object data;
    final Map<String, String> headers;

    ApiError(int status, String code, String message, Object data, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.data = data;
        this.headers = headers;
    }

    ApiError(int status, String code, String message) {
        this(status, code, message, null, Map.of());
    }

    static ApiError missingToken() {
        return new ApiError(401, "MISSING_TOKEN", "Authentication token required");
    }

    static ApiError invalidToken() {
        return new ApiError(401, "INVALID_TOKEN", "Invalid authentication token");
    }
}
