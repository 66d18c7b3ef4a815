package dev.storageshares.adapter.persistence;

import java.time.Instant;

/** One row of {@code share_events}; {@code data} is the JSON text. */
record EventRow(String id, String shareId, String type, Instant at, String actor, String data, int attempts) {
}
