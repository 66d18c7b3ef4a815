package dev.storageshares.adapter.persistence;

import java.time.Instant;

// Public only because Jdbi binds through reflection; internal to this adapter.
/** One row of {@code share_events}; {@code data} is the JSON text. */
public record EventRow(String id, String shareId, String type, Instant at, String actor, String data, int attempts) {
}
