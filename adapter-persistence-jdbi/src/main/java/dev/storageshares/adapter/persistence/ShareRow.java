package dev.storageshares.adapter.persistence;

import java.time.Instant;

// Public only because Jdbi binds through reflection; internal to this adapter.
/** One row of {@code shares}, column for column. */
public record ShareRow(String id, String sourceContainerId, String sourcePath, String targetType, String targetContainerId,
                String targetProjectId, String mode, String alias, String label, String description, boolean enabled,
                String status, String statusMessage, Instant expiresAt, boolean expiryNotified, String createdBy,
                Instant createdAt, Instant updatedAt, long version, String decidedBy, Instant decidedAt,
                String decisionReason) {
}
