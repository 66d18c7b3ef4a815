package dev.storageshares.adapter.persistence;

import static dev.storageshares.adapter.persistence.ShareDao.AFTER_CURSOR;
import static dev.storageshares.adapter.persistence.ShareDao.COLUMNS;
import static dev.storageshares.adapter.persistence.ShareDao.NEWEST_FIRST;
import static dev.storageshares.adapter.persistence.ShareDao.NOT_EXPIRED;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

// Public only because Jdbi binds and maps through reflection; internal to this adapter.
/** The SQL of share requests: deciding one, and listing the pending ones a caller may decide. */
public interface RequestDao {
    /**
     * The containers a user may decide requests for (owned, or writable through their project role)
     * and the projects they decide for as owner or admin. Materialized like the readable set of the
     * global lists, so each half of the union walks a partial per-target index.
     */
    String DECIDING = "with decided_containers as materialized ("
            + "select c.id from containers c where c.owner_id = :user"
            + " union select c.id from project_members m join containers c on c.project_id = m.project_id"
            + " where m.user_id = :user and m.role in ('owner', 'admin', 'member')), "
            + "decided_projects as materialized (select m.project_id from project_members m"
            + " where m.user_id = :user and m.role in ('owner', 'admin')) ";
    String PENDING = "s.status = 'pending' and " + NOT_EXPIRED + " and " + AFTER_CURSOR;

    /** Takes the decision only while the share is still pending: of racing deciders exactly one matches. */
    @SqlQuery("update shares s set status = :status, status_message = :statusMessage, decided_by = :decidedBy, "
            + "decided_at = :decidedAt, decision_reason = :decisionReason, updated_at = :updatedAt "
            + "where s.id = :id and s.status = 'pending' returning " + COLUMNS)
    Optional<ShareRow> decide(@BindMethods ShareRow decided);

    @SqlQuery(DECIDING + "select * from ("
            + "select " + COLUMNS + " from shares s where s.target_container_id in (select id from decided_containers) and " + PENDING
            + " union all select " + COLUMNS + " from shares s where s.target_project_id in (select project_id from decided_projects)"
            + " and " + PENDING + ") requests" + NEWEST_FIRST)
    List<ShareRow> decidableBy(@Bind("user") String user, @Bind("now") Instant now,
                               @BindMethods ShareDao.Keyset keyset);

    @SqlQuery("select " + COLUMNS + " from shares s where " + PENDING + NEWEST_FIRST)
    List<ShareRow> all(@Bind("now") Instant now, @BindMethods ShareDao.Keyset keyset);
}
