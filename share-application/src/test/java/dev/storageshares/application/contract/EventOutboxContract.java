package dev.storageshares.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.domain.share.EventOutbox;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Share;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What any {@code EventOutbox} must do: hand out each recorded event until it is settled, one claimer at a time. */
public abstract class EventOutboxContract extends StorageContract {
    private static final Duration LEASE = Duration.ofMinutes(2);

    @Test
    void recordedEventsAreDueOldestFirstAndLeasedWhileBeingDelivered() {
        Share share = stored(direct("c1", "/a", "c2", T0));
        store.shares().delete(share.id(), event(EventType.DELETED, share, T0.plusSeconds(1)));

        List<EventOutbox.Pending> due = store.outbox().claimDue(T0.plusSeconds(2), LEASE, 10);

        assertThat(due).extracting(p -> p.event().type()).containsExactly(EventType.CREATED, EventType.DELETED);
        assertThat(due).extracting(EventOutbox.Pending::attempts).containsOnly(0);
        assertThat(store.outbox().claimDue(T0.plusSeconds(3), LEASE, 10)).as("leased").isEmpty();
        assertThat(store.outbox().claimDue(T0.plusSeconds(2).plus(LEASE), LEASE, 10)).as("lease ran out").hasSize(2);
    }

    @Test
    void aDeliveredOrAbandonedEventIsNeverDueAgain() {
        stored(direct("c1", "/a", "c2", T0));
        stored(direct("c1", "/b", "c2", T0));
        List<EventOutbox.Pending> due = store.outbox().claimDue(T0, LEASE, 10);
        store.outbox().markDelivered(due.get(0).event().id(), T0);
        store.outbox().markAbandoned(due.get(1).event().id(), 5, "receiver kept failing");

        assertThat(store.outbox().claimDue(T0.plus(Duration.ofDays(1)), LEASE, 10)).isEmpty();
    }

    @Test
    void aRetryIsDueAtItsTimeWithItsAttemptCount() {
        stored(direct("c1", "/a", "c2", T0));
        String id = store.outbox().claimDue(T0, LEASE, 10).get(0).event().id();
        store.outbox().scheduleRetry(id, 1, T0.plusSeconds(30), "HTTP 500");

        assertThat(store.outbox().claimDue(T0.plusSeconds(29), LEASE, 10)).isEmpty();
        assertThat(store.outbox().claimDue(T0.plusSeconds(30), LEASE, 10)).singleElement()
                .satisfies(p -> assertThat(p.attempts()).isEqualTo(1));
    }
}
