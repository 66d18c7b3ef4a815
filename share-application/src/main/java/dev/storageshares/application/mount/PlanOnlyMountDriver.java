package dev.storageshares.application.mount;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.mount.MountDriver;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountSpec;
import dev.storageshares.domain.share.ShareId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Driver {@code none}: plans are computed and shown as pending, nothing is mounted anywhere. */
public final class PlanOnlyMountDriver implements MountDriver {

    @Override
    public Map<ShareId, MountOutcome> apply(Container target, List<MountSpec> desired) {
        Map<ShareId, MountOutcome> outcomes = new LinkedHashMap<>();
        desired.forEach(spec -> outcomes.put(spec.shareId(), MountOutcome.pending()));
        return outcomes;
    }

    /** Plans alone cannot drift: nothing outside the database holds them. */
    @Override
    public boolean canDrift() {
        return false;
    }
}
