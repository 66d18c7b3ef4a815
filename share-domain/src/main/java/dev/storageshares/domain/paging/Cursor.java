package dev.storageshares.domain.paging;

import dev.storageshares.domain.Characters;
import dev.storageshares.domain.ShareException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Where the previous page stopped: the (created at, id) key of its last item. Lists are ordered by
 * that key descending, so the next page starts strictly below it and writes in between never make
 * a walk repeat or skip an item.
 */
public record Cursor(Instant createdAt, String id) {
    /**
     * 9999-12-31T23:59:59.999Z. Every item was created after 1970 and before then; a cursor outside
     * that range was not handed out by us, and would overflow a store's timestamp type.
     */
    private static final long LATEST_MILLIS = 253_402_300_799_999L;

    public Cursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }

    /** Opaque to callers; they only hand back what we gave them. */
    public String encode() {
        String raw = createdAt.toEpochMilli() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            String id = raw.substring(colon + 1);
            if (colon <= 0 || id.isEmpty() || id.length() > 128 || !Characters.isAlphanumericOr(id, "._-")) {
                throw new IllegalArgumentException("malformed");
            }
            long millis = Long.parseLong(raw.substring(0, colon));
            if (millis < 0 || millis > LATEST_MILLIS) {
                throw new IllegalArgumentException("out of range");
            }
            return new Cursor(Instant.ofEpochMilli(millis), id);
        } catch (RuntimeException e) {
            throw ShareException.invalidField("cursor", "is not a cursor this server handed out");
        }
    }

    /** Whether an item keyed (createdAt, id) comes after this cursor in newest-first order. */
    public boolean precedes(Instant itemCreatedAt, String itemId) {
        int byTime = itemCreatedAt.compareTo(createdAt);
        return byTime < 0 || (byTime == 0 && itemId.compareTo(id) < 0);
    }
}
