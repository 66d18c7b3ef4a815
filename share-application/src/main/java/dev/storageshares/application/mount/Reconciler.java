package dev.storageshares.application.mount;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountDriver;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountOverrides;
import dev.storageshares.domain.mount.MountPlan;
import dev.storageshares.domain.mount.MountSpec;
import dev.storageshares.domain.mount.MountState;
import dev.storageshares.domain.mount.MountStates;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.IncomingView;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareRepository;
import dev.storageshares.domain.share.ShareStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings one container's mounts in line with its mount plan, records what the driver reported, and
 * derives each affected share's status from all of its targets: active when none failed, otherwise
 * failed with the first reason.
 */
public final class Reconciler {
    private final ContainerCatalog catalog;
    private final ShareRepository shares;
    private final MountOverrides overrides;
    private final MountStates states;
    private final MountDriver driver;
    private final Clock clock;

    public Reconciler(ContainerCatalog catalog, ShareRepository shares, MountOverrides overrides, MountStates states,
                      MountDriver driver, Clock clock) {
        this.catalog = catalog;
        this.shares = shares;
        this.overrides = overrides;
        this.states = states;
        this.driver = driver;
        this.clock = clock;
    }

    public void reconcile(ContainerId containerId) {
        Optional<Container> target = catalog.findContainer(containerId);
        if (target.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Share> incoming = IncomingView.of(target.get(), shares.incomingCandidates(target.get(), now), now);
        List<Share> planned = MountPlan.of(incoming, overrides.forContainer(containerId));

        Map<ShareId, MountOutcome> outcomes = new LinkedHashMap<>();
        List<MountSpec> specs = new ArrayList<>();
        for (Share share : planned) {
            Optional<Container> source = catalog.findContainer(share.sourceContainer());
            if (source.isPresent()) {
                specs.add(new MountSpec(share.id(), source.get(), share.sourcePath(), share.mountPath(), share.mode()));
            } else {
                outcomes.put(share.id(), MountOutcome.failed("source container " + share.sourceContainer() + " no longer exists"));
            }
        }
        outcomes.putAll(driver.apply(target.get(), specs));

        Set<ShareId> touched = new LinkedHashSet<>(states.forContainer(containerId).keySet());
        touched.addAll(outcomes.keySet());
        states.record(containerId, outcomes);
        touched.forEach(shareId -> refreshStatus(shareId, now));
    }

    private void refreshStatus(ShareId shareId, Instant now) {
        Optional<MountOutcome> firstFailure = states.forShare(shareId).values().stream()
                .filter(outcome -> outcome.state() == MountState.FAILED)
                .findFirst();
        if (firstFailure.isPresent()) {
            String message = firstFailure.get().message();
            shares.changeStatus(shareId, ShareStatus.FAILED, message,
                    ShareEvent.of(EventType.FAILED, shareId, ShareEvent.SYSTEM, now, Map.of("status_message", message)));
        } else {
            shares.changeStatus(shareId, ShareStatus.ACTIVE, null,
                    ShareEvent.of(EventType.RECOVERED, shareId, ShareEvent.SYSTEM, now, Map.of()));
        }
    }
}
