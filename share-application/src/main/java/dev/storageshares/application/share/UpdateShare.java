package dev.storageshares.application.share;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.access.ContainerAccess;
import dev.storageshares.application.mount.ReconcileRequests;
import dev.storageshares.application.mount.ShareReach;
import dev.storageshares.application.validation.CommandValidator;
import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareRepository;
import dev.storageshares.domain.share.ShareUpdate;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;

/**
 * Changes a share's creator-editable fields. Concurrent updates are serialised by the store's
 * version check; a loser re-reads and re-applies its own change, so no write is lost.
 */
public final class UpdateShare {
    private static final int ATTEMPTS = 5;

    private final ContainerAccess access;
    private final ShareRepository shares;
    private final ShareReach reach;
    private final ReconcileRequests reconcile;
    private final Clock clock;
    private final CommandValidator validator;

    public UpdateShare(ContainerCatalog catalog, AccessPolicy policy, ShareRepository shares,
                       ReconcileRequests reconcile, Clock clock, CommandValidator validator) {
        this.validator = validator;
        this.access = new ContainerAccess(catalog, policy);
        this.shares = shares;
        this.reach = new ShareReach(catalog);
        this.reconcile = reconcile;
        this.clock = clock;
    }

    public record Command(Caller caller, String containerId, String shareId, @Valid SharePatchInput patch) {
    }

    public Share handle(Command command) {
        Container source = access.writable(command.caller(), command.containerId());
        Share current = OwnShares.find(shares, source, command.shareId());
        validator.check(command, command.patch().edgeErrors());
        ShareUpdate change = command.patch().update();
        for (int attempt = 1; ; attempt++) {
            try {
                return apply(command.caller(), current, change);
            } catch (ShareException e) {
                if (e.code() != ErrorCode.CONCURRENT_MODIFICATION || attempt == ATTEMPTS) {
                    throw e;
                }
                current = OwnShares.find(shares, source, command.shareId());
            }
        }
    }

    private Share apply(Caller caller, Share current, ShareUpdate change) {
        Instant now = clock.instant();
        Share updated = current.update(change, now);
        if (updated == current) {
            return current;
        }
        Share stored = shares.update(updated, ShareEvent.of(EventType.UPDATED, current.id(), caller.user().value(), now,
                updated.changesSince(current)));
        if (updated.affectsMountsComparedTo(current)) {
            reconcile.reconcile(reach.containersReachedBy(updated));
        }
        return stored;
    }
}
