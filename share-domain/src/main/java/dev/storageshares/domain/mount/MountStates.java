package dev.storageshares.domain.mount;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.share.ShareId;
import java.util.Map;

/** The driver's last word per (share, container), kept so reads never have to ask the driver. */
public interface MountStates {

    /** Replaces everything recorded for the container with these outcomes. */
    void record(ContainerId container, Map<ShareId, MountOutcome> outcomes);

    Map<ShareId, MountOutcome> forContainer(ContainerId container);

    /** The outcome on every container the share was last planned for. */
    Map<ContainerId, MountOutcome> forShare(ShareId share);
}
