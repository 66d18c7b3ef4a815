package dev.storageshares.application.mount;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountDriver;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountPlan;
import dev.storageshares.domain.mount.MountSpec;
import dev.storageshares.domain.mount.MountState;
import dev.storageshares.domain.mount.MountStates;
import dev.storageshares.domain.mount.Receiver;
import dev.storageshares.domain.mount.Receivers;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Brings one container's mount plan to the driver, records what the driver reported, and derives
 * each affected share's status from all of its targets: active when none failed, otherwise failed
 * with the first reason. The container, its candidates, switches and last outcomes come in one read;
 * outcomes are written, and a status changed, only when they differ from what is stored, so a
 * reconcile that changes nothing writes nothing (with a durable database every write is a disk flush).
 */
public final class Reconciler {
    private final ShareRepository shares;
    private final Receivers receivers;
    private final MountStates states;
    private final MountDriver driver;
    private final Clock clock;

    public Reconciler(ShareRepository shares, Receivers receivers, MountStates states,
                      MountDriver driver, Clock clock) {
        this.shares = shares;
        this.receivers = receivers;
        this.states = states;
        this.driver = driver;
        this.clock = clock;
    }

    public void reconcile(ContainerId containerId) {
        Instant now = clock.instant();
        Optional<Receiver> found = receivers.find(containerId, now);
        if (found.isEmpty()) {
            driver.release(containerId); // deleted from the catalog: nothing of ours may stay behind
            return;
        }
        Receiver target = found.get();
        List<Share> planned = MountPlan.of(IncomingView.of(target.container(), target.candidates(), now),
                target.switches());

        Map<ShareId, MountOutcome> outcomes = new LinkedHashMap<>();
        List<MountSpec> specs = new ArrayList<>();
        for (Share share : planned) {
            Container source = target.sources().get(share.sourceContainer());
            if (source != null) {
                specs.add(new MountSpec(share.id(), source, share.sourcePath(), share.mountPath(), share.mode()));
            } else {
                outcomes.put(share.id(), MountOutcome.failed("source container " + share.sourceContainer() + " no longer exists"));
            }
        }
        outcomes.putAll(driver.apply(target.container(), specs));

        Set<ShareId> touched = new LinkedHashSet<>(target.reported().keySet());
        touched.addAll(outcomes.keySet());
        if (!outcomes.equals(target.reported())) {
            states.record(containerId, outcomes);
        }
        Map<ShareId, Share> current = new HashMap<>();
        target.candidates().forEach(share -> current.put(share.id(), share));
        for (ShareId shareId : touched) {
            Share share = current.get(shareId);
            // Only this container's outcomes changed, so only a share whose outcome here changed can
            // change status; a failed one is re-derived anyway (its failure may be gone elsewhere).
            if (share == null || share.status() == ShareStatus.FAILED
                    || !Objects.equals(outcomes.get(shareId), target.reported().get(shareId))) {
                refreshStatus(shareId, share, now);
            }
        }
    }

    /** @param current the share as just read, or null when it no longer reaches this container */
    private void refreshStatus(ShareId shareId, Share current, Instant now) {
        Optional<MountOutcome> firstFailure = states.forShare(shareId).values().stream()
                .filter(outcome -> outcome.state() == MountState.FAILED)
                .findFirst();
        ShareStatus status = firstFailure.isPresent() ? ShareStatus.FAILED : ShareStatus.ACTIVE;
        String message = firstFailure.map(MountOutcome::message).orElse(null);
        if (current != null && current.status() == status
                && Objects.equals(current.statusMessage().orElse(null), message)) {
            return; // already so: no transaction (changeStatus would lock the row and commit for nothing)
        }
        if (firstFailure.isPresent()) {
            shares.changeStatus(shareId, ShareStatus.FAILED, message,
                    ShareEvent.of(EventType.FAILED, shareId, ShareEvent.SYSTEM, now, Map.of("status_message", message)));
        } else {
            shares.changeStatus(shareId, ShareStatus.ACTIVE, null,
                    ShareEvent.of(EventType.RECOVERED, shareId, ShareEvent.SYSTEM, now, Map.of()));
        }
    }
}
