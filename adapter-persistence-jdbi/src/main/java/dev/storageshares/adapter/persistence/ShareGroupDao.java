package dev.storageshares.adapter.persistence;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

// Public only because Jdbi binds and maps through reflection; internal to this adapter.
/**
 * Outgoing shares grouped by directory, in one statement per page. A share heads its group when no
 * newer share of the same directory passes the filters; walking the heads newest first (the list's
 * usual index) and probing the one-per-storage unique index for a newer sibling finds a page of
 * groups without reading whole directories. The page's groups are then joined back to all their
 * shares that pass the filters, ordered group by group. See docs/persistence.md for the plans.
 */
public interface ShareGroupDao {
    /** The list filters on s, all but the realm (annotation values must be constants, hence spelled out twice). */
    String MATCHES_S = "(cast(:targetType as text) is null or s.target_type = :targetType) "
            + "and (cast(:label as text) is null or s.label = :label) "
            + "and (cast(:status as text) is null or s.status = :status) "
            + "and (cast(:enabled as boolean) is null or s.enabled = :enabled) "
            + "and (:includeExpired or s.expires_at is null or s.expires_at > :now)";
    /** The same filters on n, a newer share of the same directory (same source container, so same realm). */
    String MATCHES_N = "(cast(:targetType as text) is null or n.target_type = :targetType) "
            + "and (cast(:label as text) is null or n.label = :label) "
            + "and (cast(:status as text) is null or n.status = :status) "
            + "and (cast(:enabled as boolean) is null or n.enabled = :enabled) "
            + "and (:includeExpired or n.expires_at is null or n.expires_at > :now)";
    /** n is in s's directory; md5 first so the probe uses the unique index shares_one_per_storage_and_target. */
    String SAME_DIRECTORY_N = "n.source_container_id = s.source_container_id and md5(n.source_path) = md5(s.source_path) "
            + "and n.source_path = s.source_path";

    String HEADS_WHERE = ShareDao.AFTER_CURSOR + " and " + MATCHES_S
            + " and (cast(:realm as text) is null or c.realm_id = :realm)"
            + " and not exists (select 1 from shares n where " + SAME_DIRECTORY_N
            + " and (n.created_at, n.id) > (s.created_at, s.id) and " + MATCHES_N + ")"
            + " order by s.created_at desc, s.id desc limit :limit";

    /** Every share of the heads' groups that passes the filters: groups in head order, newest first inside. */
    String MEMBERS = " select " + ShareDao.COLUMNS + " from heads h join shares s on s.source_container_id = h.source_container_id"
            + " and md5(s.source_path) = md5(h.source_path) and s.source_path = h.source_path where " + MATCHES_S
            + " order by h.created_at desc, h.id desc, s.created_at desc, s.id desc";

    String HEAD_COLUMNS = "s.source_container_id, s.source_path, s.created_at, s.id";

    @SqlQuery("with heads as (select " + HEAD_COLUMNS + " from shares s join containers c on c.id = s.source_container_id"
            + " where s.source_container_id = :source and " + HEADS_WHERE + ")" + MEMBERS)
    List<ShareRow> bySource(@Bind("source") String source, @BindMethods ShareDao.Filter filter,
                            @BindMethods ShareDao.Keyset keyset);

    @SqlQuery("with heads as (select " + HEAD_COLUMNS + " from shares s join containers c on c.id = s.source_container_id"
            + " where " + HEADS_WHERE + ")" + MEMBERS)
    List<ShareRow> bySourceOfAny(@BindMethods ShareDao.Filter filter, @BindMethods ShareDao.Keyset keyset);

    @SqlQuery(ShareDao.READABLE_BY_USER + ", heads as (select " + HEAD_COLUMNS + " from visible v"
            + " join shares s on s.source_container_id = v.id join containers c on c.id = v.id where " + HEADS_WHERE + ")"
            + MEMBERS)
    List<ShareRow> bySourceReadableBy(@Bind("user") String user, @BindMethods ShareDao.Filter filter,
                                      @BindMethods ShareDao.Keyset keyset);
}
