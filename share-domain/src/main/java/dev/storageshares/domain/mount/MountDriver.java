package dev.storageshares.domain.mount;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.share.ShareId;
import java.util.List;
import java.util.Map;

/**
 * Makes a container's mounts real. Declarative: it is told the complete set of share mounts the
 * target should have, adds what is missing and removes what is no longer wanted, and never touches
 * the container's own mounts.
 */
public interface MountDriver {

    /** @return an outcome for every spec given, keyed by share */
    Map<ShareId, MountOutcome> apply(Container target, List<MountSpec> desired);

    /**
     * Removes what the driver keeps outside a container that left the catalog (the live mode's
     * mounts on the host); the Docker container itself may still run or be gone. A driver whose
     * mounts live only inside the container has nothing to remove.
     */
    default void release(ContainerId container) {
    }

    /**
     * Whether what this driver applied can change without it — a target recreated by someone else,
     * an engine restart — so that periodic drift passes (a reconcile of every container) are worth
     * their cost. A driver that only computes plans has nothing that can drift.
     */
    default boolean canDrift() {
        return true;
    }
}
