package dev.storageshares.adapter.persistence;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

// Public only because Jdbi binds and maps through reflection; internal to this adapter.
/** The SQL of the event log, which is also the outbox. */
public interface EventDao {
    String COLUMNS = "e.id, e.share_id, e.type, e.at, e.actor, e.data::text as data, e.attempts";

    @SqlUpdate("insert into share_events (id, share_id, type, at, actor, data, next_attempt_at) "
            + "values (:id, :shareId, :type, :at, :actor, cast(:data as jsonb), :at)")
    void insert(@BindMethods EventRow row);

    @SqlQuery("select " + COLUMNS + " from share_events e where e.share_id = :share "
            + "and (cast(:afterAt as timestamptz) is null or (e.at, e.id) < (:afterAt, :afterId)) "
            + "order by e.at desc, e.id desc limit :limit")
    List<EventRow> history(@Bind("share") String share, @BindMethods ShareDao.Keyset keyset);

    /** Leases due events by pushing their next attempt past the lease; SKIP LOCKED keeps claimers apart. */
    @SqlQuery("update share_events e set next_attempt_at = :leaseUntil where e.id in (select id from share_events "
            + "where delivered_at is null and not abandoned and next_attempt_at <= :now "
            + "order by next_attempt_at, id limit :limit for update skip locked) returning " + COLUMNS)
    List<EventRow> claimDue(@Bind("now") Instant now, @Bind("leaseUntil") Instant leaseUntil, @Bind("limit") int limit);

    @SqlUpdate("update share_events set delivered_at = :at where id = :id")
    void markDelivered(@Bind("id") String id, @Bind("at") Instant at);

    @SqlUpdate("update share_events set attempts = :attempts, next_attempt_at = :next, last_error = :error where id = :id")
    void scheduleRetry(@Bind("id") String id, @Bind("attempts") int attempts, @Bind("next") Instant next,
                       @Bind("error") String error);

    @SqlUpdate("update share_events set attempts = :attempts, abandoned = true, last_error = :error where id = :id")
    void markAbandoned(@Bind("id") String id, @Bind("attempts") int attempts, @Bind("error") String error);
}
