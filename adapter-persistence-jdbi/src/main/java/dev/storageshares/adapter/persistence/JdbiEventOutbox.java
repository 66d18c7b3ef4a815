package dev.storageshares.adapter.persistence;

import dev.storageshares.domain.share.EventOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

final class JdbiEventOutbox implements EventOutbox {
    private final Db db;

    JdbiEventOutbox(Db db) {
        this.db = db;
    }

    @Override
    public List<Pending> claimDue(Instant now, Duration lease, int limit) {
        return db.inTransaction(handle -> handle.attach(EventDao.class).claimDue(now, now.plus(lease), limit)).stream()
                .sorted(Comparator.comparing(EventRow::at).thenComparing(EventRow::id))
                .map(row -> new Pending(EventRows.toEvent(row), row.attempts()))
                .toList();
    }

    @Override
    public void markDelivered(String eventId, Instant at) {
        db.inTransaction(handle -> {
            handle.attach(EventDao.class).markDelivered(eventId, at);
            return null;
        });
    }

    @Override
    public void scheduleRetry(String eventId, int attempts, Instant nextAttemptAt, String error) {
        db.inTransaction(handle -> {
            handle.attach(EventDao.class).scheduleRetry(eventId, attempts, nextAttemptAt, error);
            return null;
        });
    }

    @Override
    public void markAbandoned(String eventId, int attempts, String error) {
        db.inTransaction(handle -> {
            handle.attach(EventDao.class).markAbandoned(eventId, attempts, error);
            return null;
        });
    }
}
