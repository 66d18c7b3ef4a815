package dev.storageshares.application.event;

import dev.storageshares.domain.share.EventOutbox;
import dev.storageshares.domain.share.EventPublisher;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves recorded events from the outbox to the publisher. A failed delivery is retried with
 * exponential backoff (1 s, 2 s, 4 s, … at most 5 min) and abandoned after {@code maxAttempts}.
 */
public final class OutboxRelay {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final EventOutbox outbox;
    private final EventPublisher publisher;
    private final Clock clock;
    private final int maxAttempts;

    public OutboxRelay(EventOutbox outbox, EventPublisher publisher, Clock clock, int maxAttempts) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    /** @return how many events were delivered */
    public int relayOnce() {
        int delivered = 0;
        List<EventOutbox.Pending> due = outbox.claimDue(clock.instant(), LEASE, BATCH);
        for (EventOutbox.Pending pending : due) {
            String id = pending.event().id();
            try {
                publisher.publish(pending.event());
                outbox.markDelivered(id, clock.instant());
                delivered++;
            } catch (RuntimeException e) {
                int attempts = pending.attempts() + 1;
                String error = String.valueOf(e.getMessage());
                if (attempts >= maxAttempts) {
                    LOG.warn("giving up on event {} ({}) after {} attempts: {}", id, pending.event().type().wireName(),
                            attempts, error);
                    outbox.markAbandoned(id, attempts, error);
                } else {
                    outbox.scheduleRetry(id, attempts, clock.instant().plus(backoff(attempts)), error);
                }
            }
        }
        return delivered;
    }

    static Duration backoff(int attempts) {
        Duration delay = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }
}
