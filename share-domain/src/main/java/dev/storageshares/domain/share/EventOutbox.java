package dev.storageshares.domain.share;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The recorded events still to be delivered. Events enter it in the same atomic step as the change
 * they describe (see {@link ShareRepository}); delivery is at least once, and the event id is the
 * receivers' idempotency key.
 */
public interface EventOutbox {

    /** An event due for delivery, and how many times delivering it already failed. */
    record Pending(ShareEvent event, int attempts) {
    }

    /**
     * Claims up to {@code limit} undelivered events whose next attempt is due, oldest first, leasing
     * them until {@code now + lease}: concurrent callers (other processes) never claim the same event
     * while the lease runs.
     */
    List<Pending> claimDue(Instant now, Duration lease, int limit);

    void markDelivered(String eventId, Instant at);

    void scheduleRetry(String eventId, int attempts, Instant nextAttemptAt, String error);

    /** Gives up on the event; it stays in the history, marked as never delivered. */
    void markAbandoned(String eventId, int attempts, String error);
}
