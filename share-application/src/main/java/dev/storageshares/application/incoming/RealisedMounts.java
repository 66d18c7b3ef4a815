package dev.storageshares.application.incoming;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.access.ContainerAccess;
import dev.storageshares.application.mount.ShareReach;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountOverrides;
import dev.storageshares.domain.mount.MountPlan;
import dev.storageshares.domain.mount.MountStates;
import dev.storageshares.domain.share.IncomingView;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareQueries;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where shares are really mounted: for each share, every container whose mount configuration (what
 * {@link GetContainerMounts} answers) lists it, with the driver's last word. It computes those
 * configurations with the very same rules, so the two can never disagree; each container's is
 * computed once per call however many of the shares reach it.
 */
public final class RealisedMounts {
    private final ContainerCatalog catalog;
    private final ContainerAccess access;
    private final ShareQueries shares;
    private final MountOverrides overrides;
    private final MountStates states;
    private final ShareReach reach;
    private final Clock clock;

    public RealisedMounts(ContainerCatalog catalog, AccessPolicy policy, ShareQueries shares,
                          MountOverrides overrides, MountStates states, Clock clock) {
        this.catalog = catalog;
        this.access = new ContainerAccess(catalog, policy);
        this.shares = shares;
        this.overrides = overrides;
        this.states = states;
        this.reach = new ShareReach(catalog);
        this.clock = clock;
    }

    /** Which receiving containers to report on. */
    public sealed interface Scope {
        /** Every container a share reaches: what its creator may see. */
        record EveryTarget() implements Scope {
        }

        /** Only the containers {@code caller} can read: a receiver's view across containers. */
        record ReadableBy(Caller caller) implements Scope {
        }

        /** Only {@code container}: a receiver's view of one container. */
        record Only(ContainerId container) implements Scope {
        }
    }

    public record Command(List<Share> shares, Scope scope) {
        public Command {
            shares = List.copyOf(shares);
            Objects.requireNonNull(scope, "scope");
        }
    }

    /** @return for every share of the command, its mounts ordered by container id (none: empty list) */
    public Map<ShareId, List<ShareMount>> handle(Command command) {
        Instant now = clock.instant();
        Map<ContainerId, Optional<Configuration>> configurations = new HashMap<>();
        Map<ShareId, List<ShareMount>> result = new LinkedHashMap<>();
        for (Share share : command.shares()) {
            // Neither a disabled nor an expired share is in any configuration: no need to compute them.
            List<ShareMount> mounts = !share.enabled() || share.isExpiredAt(now) ? List.of()
                    : containersInScope(share, command.scope()).stream()
                            .sorted(Comparator.comparing(ContainerId::value))
                            .map(id -> configurations.computeIfAbsent(id, c -> configuration(c, now))
                                    .flatMap(configuration -> configuration.outcomeOf(share.id()))
                                    .map(outcome -> new ShareMount(id, outcome)))
                            .flatMap(Optional::stream)
                            .toList();
            result.put(share.id(), mounts);
        }
        return result;
    }

    private Set<ContainerId> containersInScope(Share share, Scope scope) {
        Set<ContainerId> reached = reach.containersReachedBy(share);
        if (scope instanceof Scope.Only only) {
            return reached.contains(only.container()) ? Set.of(only.container()) : Set.of();
        }
        if (scope instanceof Scope.ReadableBy readable) {
            return reached.stream()
                    .filter(id -> catalog.findContainer(id).filter(c -> access.canRead(readable.caller(), c)).isPresent())
                    .collect(Collectors.toSet());
        }
        return reached;
    }

    private Optional<Configuration> configuration(ContainerId id, Instant now) {
        return catalog.findContainer(id).map(container -> new Configuration(
                MountPlan.of(IncomingView.of(container, shares.incomingCandidates(container, now), now),
                        overrides.forContainer(id)).stream().map(Share::id).collect(Collectors.toSet()),
                states.forContainer(id)));
    }

    /** A container's planned shares and the outcomes the driver reported; planned but unreported is pending. */
    private record Configuration(Set<ShareId> planned, Map<ShareId, MountOutcome> reported) {
        Optional<MountOutcome> outcomeOf(ShareId share) {
            return planned.contains(share) ? Optional.of(reported.getOrDefault(share, MountOutcome.pending())) : Optional.empty();
        }
    }
}
