package dev.storageshares.application.expiry;

import dev.storageshares.application.mount.ReconcileRequests;
import dev.storageshares.application.mount.ShareReach;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ExpiryClaims;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The periodic half of expiry (reads already hide expired shares on their own): announces shares
 * that expire soon, announces shares that have expired and unmounts them. The store's claims are
 * atomic, so several servers sweeping one database announce each share once.
 */
public final class ExpirySweeper {
    private static final int BATCH = 500;

    private final ExpiryClaims claims;
    private final ShareReach reach;
    private final ReconcileRequests reconcile;
    private final Clock clock;
    private final Duration notice;

    public ExpirySweeper(ContainerCatalog catalog, ExpiryClaims claims, ReconcileRequests reconcile, Clock clock,
                         Duration notice) {
        this.claims = claims;
        this.reach = new ShareReach(catalog);
        this.reconcile = reconcile;
        this.clock = clock;
        this.notice = notice;
    }

    public record Result(int expiringNotices, int expired) {
    }

    public Result sweepOnce() {
        Instant now = clock.instant();
        int notices = 0;
        for (List<Share> batch = claims.claimExpiringSoon(now, notice, BATCH); !batch.isEmpty();
             batch = claims.claimExpiringSoon(now, notice, BATCH)) {
            notices += batch.size();
        }
        int expired = 0;
        for (List<Share> batch = claims.claimExpired(now, BATCH); !batch.isEmpty();
             batch = claims.claimExpired(now, BATCH)) {
            expired += batch.size();
            reconcile.reconcile(reach.containersReachedBy(batch));
        }
        return new Result(notices, expired);
    }
}
