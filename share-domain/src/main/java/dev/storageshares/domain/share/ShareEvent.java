package dev.storageshares.domain.share;

import dev.storageshares.domain.TimeOrderedId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened to a share. Recorded in the same write as the change it describes, then
 * delivered; its id doubles as the idempotency key for receivers.
 *
 * @param actor the user who caused it, or {@link #SYSTEM} for the sweeper and the reconciler
 * @param data  what changed, JSON-friendly values only (strings, numbers, booleans, null)
 */
public record ShareEvent(String id, ShareId shareId, EventType type, Instant at, String actor, Map<String, Object> data) {
    public static final String SYSTEM = "system";

    public ShareEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shareId, "shareId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        // Null values are meaningful here ("alias was cleared"), which Map.copyOf would refuse.
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public static ShareEvent of(EventType type, ShareId shareId, String actor, Instant at, Map<String, Object> data) {
        return new ShareEvent(TimeOrderedId.next(at), shareId, type, at, actor, data);
    }
}
