package dev.storageshares.domain.paging;

import dev.storageshares.domain.ShareException;

/** @param after null for the first page */
public record PageRequest(int limit, Cursor after) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ShareException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
