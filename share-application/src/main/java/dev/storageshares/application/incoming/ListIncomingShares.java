package dev.storageshares.application.incoming;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.access.ContainerAccess;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.mount.MountOverrides;
import dev.storageshares.domain.share.IncomingView;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What one container receives, with its own switch for each share. */
public final class ListIncomingShares {
    private final ContainerAccess access;
    private final ShareRepository shares;
    private final MountOverrides overrides;
    private final Clock clock;

    public ListIncomingShares(ContainerCatalog catalog, AccessPolicy policy, ShareRepository shares,
                              MountOverrides overrides, Clock clock) {
        this.access = new ContainerAccess(catalog, policy);
        this.shares = shares;
        this.overrides = overrides;
        this.clock = clock;
    }

    public record Command(Caller caller, String containerId) {
    }

    public List<IncomingShare> handle(Command command) {
        Container receiver = access.readable(command.caller(), command.containerId());
        Instant now = clock.instant();
        Map<ShareId, Boolean> switches = overrides.forContainer(receiver.id());
        return IncomingView.of(receiver, shares.incomingCandidates(receiver, now), now).stream()
                .map(share -> new IncomingShare(share, switches.getOrDefault(share.id(), true)))
                .toList();
    }
}
