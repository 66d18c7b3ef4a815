package dev.storageshares.application.incoming;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.access.ContainerAccess;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountOverrides;
import dev.storageshares.domain.mount.MountPlan;
import dev.storageshares.domain.mount.MountStates;
import dev.storageshares.domain.share.IncomingView;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A container's mount configuration: its plan, computed fresh (so expiry and switches show at once),
 * with the state the driver last reported; a mount the driver has not handled yet is pending.
 */
public final class GetContainerMounts {
    private final ContainerAccess access;
    private final ShareRepository shares;
    private final MountOverrides overrides;
    private final MountStates states;
    private final Clock clock;

    public GetContainerMounts(ContainerCatalog catalog, AccessPolicy policy, ShareRepository shares,
                              MountOverrides overrides, MountStates states, Clock clock) {
        this.access = new ContainerAccess(catalog, policy);
        this.shares = shares;
        this.overrides = overrides;
        this.states = states;
        this.clock = clock;
    }

    public record Command(Caller caller, String containerId) {
    }

    public List<ContainerMount> handle(Command command) {
        Container container = access.readable(command.caller(), command.containerId());
        Instant now = clock.instant();
        Map<ShareId, MountOutcome> reported = states.forContainer(container.id());
        return MountPlan.of(IncomingView.of(container, shares.incomingCandidates(container, now), now),
                        overrides.forContainer(container.id())).stream()
                .map(share -> new ContainerMount(share, reported.getOrDefault(share.id(), MountOutcome.pending())))
                .toList();
    }
}
