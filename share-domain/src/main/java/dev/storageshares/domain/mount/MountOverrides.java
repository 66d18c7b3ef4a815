package dev.storageshares.domain.mount;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareId;
import java.time.Instant;
import java.util.Map;

/** The receivers' switches. One row per (share, container), however often it is toggled. */
public interface MountOverrides {

    /**
     * Creates or updates the switch and records {@code toggled} in the same atomic step. A new row
     * takes {@code newId}; an existing one keeps its id and creation time.
     */
    MountOverride save(String newId, ShareId share, ContainerId container, boolean mount, Instant now, ShareEvent toggled);

    /** The container's switches by share; a share without one counts as mounted. */
    Map<ShareId, Boolean> forContainer(ContainerId container);
}
