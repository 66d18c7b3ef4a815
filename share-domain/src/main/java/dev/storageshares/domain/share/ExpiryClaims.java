package dev.storageshares.domain.share;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the expiry sweep takes from storage: shares to announce, each claimed once however many
 * processes sweep the same store. A claim and its event are stored in one atomic step.
 */
public interface ExpiryClaims {

    /**
     * Atomically claims up to {@code limit} unexpired shares that expire within {@code notice} of
     * {@code now} and have not been notified: marks them notified and records one
     * {@code share.expiring} event each. Concurrent callers never claim the same share.
     */
    List<Share> claimExpiringSoon(Instant now, Duration notice, int limit);

    /**
     * Atomically claims up to {@code limit} expired shares whose expiry has not been announced yet and
     * records one {@code share.expired} event each. Concurrent callers never claim the same share.
     */
    List<Share> claimExpired(Instant now, int limit);
}
