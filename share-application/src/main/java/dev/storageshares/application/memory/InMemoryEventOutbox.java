package dev.storageshares.application.memory;

import dev.storageshares.domain.share.EventOutbox;
import dev.storageshares.domain.share.ShareEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class InMemoryEventOutbox implements EventOutbox {
    private final InMemoryData data;
    /** Delivery bookkeeping per event id; an event without an entry is new and due. */
    private final Map<String, Delivery> deliveries = new HashMap<>();

    private record Delivery(int attempts, Instant dueAt, boolean done) {
    }

    InMemoryEventOutbox(InMemoryData data) {
        this.data = data;
    }

    @Override
    public List<Pending> claimDue(Instant now, Duration lease, int limit) {
        synchronized (data) {
            List<Pending> claimed = new ArrayList<>();
            for (ShareEvent event : data.events) {
                Delivery delivery = deliveries.getOrDefault(event.id(), new Delivery(0, Instant.MIN, false));
                if (claimed.size() < limit && !delivery.done() && !delivery.dueAt().isAfter(now)) {
                    deliveries.put(event.id(), new Delivery(delivery.attempts(), now.plus(lease), false));
                    claimed.add(new Pending(event, delivery.attempts()));
                }
            }
            return claimed;
        }
    }

    @Override
    public void markDelivered(String eventId, Instant at) {
        finish(eventId, deliveries.getOrDefault(eventId, new Delivery(0, at, true)).attempts());
    }

    @Override
    public void scheduleRetry(String eventId, int attempts, Instant nextAttemptAt, String error) {
        synchronized (data) {
            deliveries.put(eventId, new Delivery(attempts, nextAttemptAt, false));
        }
    }

    @Override
    public void markAbandoned(String eventId, int attempts, String error) {
        finish(eventId, attempts);
    }

    private void finish(String eventId, int attempts) {
        synchronized (data) {
            deliveries.put(eventId, new Delivery(attempts, Instant.MAX, true));
        }
    }
}
