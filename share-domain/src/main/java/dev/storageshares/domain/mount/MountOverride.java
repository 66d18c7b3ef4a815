package dev.storageshares.domain.mount;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.share.ShareId;
import java.time.Instant;
import java.util.Objects;

/** A receiver's accept/reject switch for one share on one of its containers. */
public record MountOverride(String id, ShareId shareId, ContainerId containerId, boolean mount,
                            Instant createdAt, Instant updatedAt) {
    public MountOverride {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shareId, "shareId");
        Objects.requireNonNull(containerId, "containerId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
