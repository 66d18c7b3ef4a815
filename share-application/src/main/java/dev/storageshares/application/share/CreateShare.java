package dev.storageshares.application.share;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.ContainerAccess;
import dev.storageshares.application.mount.ReconcileRequests;
import dev.storageshares.application.mount.ShareReach;
import dev.storageshares.application.validation.CommandValidator;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareRepository;
import java.time.Clock;
import java.time.Instant;

/**
 * Shares a directory of a container. The checks run in the contract's order: source access, then
 * the body, then self-share, then the target, and the store decides duplicates atomically.
 */
public final class CreateShare {
    private final ContainerAccess access;
    private final NewShareRules rules;
    private final ShareRepository shares;
    private final ShareReach reach;
    private final ReconcileRequests reconcile;
    private final Clock clock;

    public CreateShare(ContainerCatalog catalog, AccessPolicy policy, ShareRepository shares,
                       ReconcileRequests reconcile, Clock clock, CommandValidator validator) {
        this.access = new ContainerAccess(catalog, policy);
        this.rules = new NewShareRules(catalog, policy, validator);
        this.shares = shares;
        this.reach = new ShareReach(catalog);
        this.reconcile = reconcile;
        this.clock = clock;
    }

    public Share handle(CreateShareCommand command) {
        Instant now = clock.instant();
        Container source = access.writable(command.caller(), command.sourceContainerId());
        Share share = rules.judge(command.caller(), source, command.input(), now);
        shares.insert(share, NewShareRules.created(share, command.caller(), now));
        if (NewShareRules.mountsAtOnce(share)) {
            reconcile.reconcile(reach.containersReachedBy(share));
        }
        return share;
    }
}
