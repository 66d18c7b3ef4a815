package dev.storageshares.bootstrap;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountDriver;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountSpec;
import dev.storageshares.domain.mount.MountState;
import dev.storageshares.domain.share.ShareId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts what the mount driver reports and times each apply, for {@code /metrics}. */
final class MeteredMountDriver implements MountDriver {
    private final MountDriver driver;
    private final Timer applies;
    private final Map<MountState, Counter> outcomesByState = new EnumMap<>(MountState.class);

    MeteredMountDriver(MountDriver driver, MeterRegistry metrics) {
        this.driver = driver;
        for (MountState state : MountState.values()) {
            outcomesByState.put(state, Counter.builder("storage_shares_mount_outcomes")
                    .description("Per-share mount outcomes reported by the driver")
                    .tag("state", state.wireName())
                    .register(metrics));
        }
        this.applies = Timer.builder("storage_shares_mount_apply")
                .description("Time to apply one container's planned mounts (a Docker recreate when they changed)")
                .register(metrics);
    }

    @Override
    public Map<ShareId, MountOutcome> apply(Container target, List<MountSpec> desired) {
        Map<ShareId, MountOutcome> outcomes = applies.record(() -> driver.apply(target, desired));
        outcomes.values().forEach(outcome -> outcomesByState.get(outcome.state()).increment());
        return outcomes;
    }

    @Override
    public void release(ContainerId container) {
        driver.release(container);
    }

    @Override
    public boolean canDrift() {
        return driver.canDrift();
    }
}
