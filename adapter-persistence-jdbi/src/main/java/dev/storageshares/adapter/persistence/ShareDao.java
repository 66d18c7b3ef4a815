package dev.storageshares.adapter.persistence;

import dev.storageshares.domain.paging.Cursor;
import dev.storageshares.domain.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

// Public only because Jdbi binds and maps through reflection; internal to this adapter.
/**
 * The SQL of shares. Lists are keyset-paged newest first: a page starts strictly below the
 * (created_at, id) of the previous page's last row, given as {@code afterAt}/{@code afterId}.
 */
public interface ShareDao {
    String COLUMNS = "s.id, s.source_container_id, s.source_path, s.target_type, s.target_container_id, "
            + "s.target_project_id, s.mode, s.alias, s.label, s.description, s.enabled, s.status, s.status_message, "
            + "s.expires_at, s.expiry_notified, s.created_by, s.created_at, s.updated_at, s.version, s.decided_by, "
            + "s.decided_at, s.decision_reason";
    String AFTER_CURSOR = "(cast(:afterAt as timestamptz) is null or (s.created_at, s.id) < (:afterAt, :afterId))";
    String IN_REALM = "(cast(:realm as text) is null or c.realm_id = :realm)";
    String FILTERS = "(cast(:targetType as text) is null or s.target_type = :targetType) "
            + "and (cast(:label as text) is null or s.label = :label) "
            + "and (cast(:status as text) is null or s.status = :status) "
            + "and (cast(:enabled as boolean) is null or s.enabled = :enabled) "
            + "and (:includeExpired or s.expires_at is null or s.expires_at > :now) "
            + "and " + IN_REALM;
    String NOT_EXPIRED = "(s.expires_at is null or s.expires_at > :now)";
    /**
     * The containers a user can read (owned, or in a project they belong to), in {@code :realm} when
     * given: {@code AccessPolicy.canRead} restated in SQL, held to it by {@code GlobalListRulesContract}.
     * Materialized because it is small for real users and each list then walks per-container
     * indexes; scanning all shares newest first and testing readability row by row took ~0.8 s at 1M.
     */
    String READABLE_BY_USER = "with visible as materialized ("
            + "select c.id, c.project_id from containers c where c.owner_id = :user and " + IN_REALM
            + " union select c.id, c.project_id from project_members m join containers c on c.project_id = m.project_id"
            + " where m.user_id = :user and " + IN_REALM + ") ";
    /**
     * A project share reaches {@code v} unless {@code v} is its source or an unexpired direct share of
     * the same storage hides it: {@code IncomingView} restated in SQL so the global incoming list can
     * page in the database; {@code GlobalListRulesContract} holds the two to the same answers.
     * Requests (pending, rejected) take no part in the hiding, on either side.
     */
    String REACHES_V = "v.id <> s.source_container_id and (s.status in ('pending', 'rejected') or not exists ("
            + "select 1 from shares d where d.target_container_id = v.id and d.source_container_id = s.source_container_id "
            + "and d.source_path = s.source_path and d.status in ('active', 'failed') "
            + "and (d.expires_at is null or d.expires_at > :now)))";
    /** The status an incoming list shows: the one asked for, or every one but rejected. */
    String LISTED_STATUS = "((cast(:status as text) is null and s.status <> 'rejected') or s.status = :status)";
    String NEWEST_FIRST = " order by created_at desc, id desc limit :limit";

    @SqlUpdate("insert into shares (id, source_container_id, source_path, target_type, target_container_id, "
            + "target_project_id, mode, alias, label, description, enabled, status, status_message, expires_at, "
            + "expiry_notified, created_by, created_at, updated_at, version, decided_by, decided_at, decision_reason) "
            + "values (:id, :sourceContainerId, :sourcePath, :targetType, :targetContainerId, :targetProjectId, :mode, "
            + ":alias, :label, :description, :enabled, :status, :statusMessage, :expiresAt, :expiryNotified, :createdBy, "
            + ":createdAt, :updatedAt, :version, :decidedBy, :decidedAt, :decisionReason)")
    void insert(@BindMethods ShareRow row);

    /** Creator fields only, and only on the expected version; a new expiry re-arms both expiry flags. */
    @SqlQuery("update shares s set mode = :mode, alias = :alias, label = :label, description = :description, "
            + "enabled = :enabled, expiry_announced = case when s.expires_at is distinct from :expiresAt "
            + "then false else s.expiry_announced end, expires_at = :expiresAt, expiry_notified = :expiryNotified, "
            + "updated_at = :updatedAt, version = s.version + 1 where s.id = :id and s.version = :version "
            + "returning " + COLUMNS)
    Optional<ShareRow> updateCreatorFields(@BindMethods ShareRow row);

    @SqlQuery("select " + COLUMNS + " from shares s where s.id = :id")
    Optional<ShareRow> find(@Bind("id") String id);

    @SqlQuery("select " + COLUMNS + " from shares s where s.id = :id for update")
    Optional<ShareRow> lock(@Bind("id") String id);

    @SqlUpdate("update shares set status = :status, status_message = :message where id = :id")
    void setStatus(@Bind("id") String id, @Bind("status") String status, @Bind("message") String message);

    @SqlUpdate("delete from shares where id = :id")
    int delete(@Bind("id") String id);

    @SqlQuery("select " + COLUMNS + " from shares s join containers c on c.id = s.source_container_id "
            + "where s.source_container_id = :source and " + FILTERS + " and " + AFTER_CURSOR + NEWEST_FIRST)
    List<ShareRow> bySource(@Bind("source") String source, @BindMethods Filter filter, @BindMethods Keyset keyset);

    @SqlQuery("select " + COLUMNS + " from shares s join containers c on c.id = s.source_container_id "
            + "where " + FILTERS + " and " + AFTER_CURSOR + NEWEST_FIRST)
    List<ShareRow> bySourceOfAny(@BindMethods Filter filter, @BindMethods Keyset keyset);

    @SqlQuery(READABLE_BY_USER + "select " + COLUMNS + " from visible v join shares s on s.source_container_id = v.id "
            + "join containers c on c.id = v.id where " + FILTERS + " and " + AFTER_CURSOR + NEWEST_FIRST)
    List<ShareRow> bySourceReadableBy(@Bind("user") String user, @BindMethods Filter filter,
                                      @BindMethods Keyset keyset);

    @SqlQuery("select " + COLUMNS + " from shares s where s.target_container_id = :container and " + NOT_EXPIRED
            + " union all select " + COLUMNS + " from shares s where s.target_project_id = :project and " + NOT_EXPIRED
            + " order by created_at desc, id desc")
    List<ShareRow> incomingCandidates(@Bind("container") String container, @Bind("project") String project,
                                      @Bind("now") Instant now);

    /**
     * The union of every container's incoming view; see docs/decisions/005-incoming-union.md. A
     * direct share's target always exists (foreign key), so only a realm filter needs to look it up.
     */
    @SqlQuery("select " + COLUMNS + " from shares s where " + NOT_EXPIRED + " and " + AFTER_CURSOR + " and "
            + LISTED_STATUS + " and ((s.target_type = 'container' and (cast(:realm as text) is null or exists (select 1 from containers c"
            + "   where c.id = s.target_container_id and c.realm_id = :realm)))"
            + " or (s.target_type = 'project' and exists (select 1 from containers v"
            + "   where v.project_id = s.target_project_id and (cast(:realm as text) is null or v.realm_id = :realm)"
            + "   and " + REACHES_V + ")))"
            + NEWEST_FIRST)
    List<ShareRow> incomingOfAny(@Bind("realm") String realm, @Bind("status") String status, @Bind("now") Instant now,
                                 @BindMethods Keyset keyset);

    /** Direct and project shares never overlap (one target each), so the two halves are a plain union. */
    @SqlQuery(READABLE_BY_USER + "select * from ("
            + "select " + COLUMNS + " from shares s where s.target_container_id in (select id from visible)"
            + " and " + NOT_EXPIRED + " and " + AFTER_CURSOR + " and " + LISTED_STATUS
            + " union all select " + COLUMNS + " from shares s where s.target_project_id in (select project_id from visible)"
            + " and " + NOT_EXPIRED + " and " + AFTER_CURSOR + " and " + LISTED_STATUS
            + " and exists (select 1 from visible v where v.project_id = s.target_project_id and " + REACHES_V + ")"
            + ") incoming" + NEWEST_FIRST)
    List<ShareRow> incomingReadableBy(@Bind("user") String user, @Bind("realm") String realm,
                                      @Bind("status") String status, @Bind("now") Instant now,
                                      @BindMethods Keyset keyset);

    @SqlQuery("select " + COLUMNS + " from shares s where s.source_container_id = :container "
            + "or s.target_container_id = :container order by s.created_at desc, s.id desc")
    List<ShareRow> bySourceOrDirectTarget(@Bind("container") String container);

    @SqlQuery("select " + COLUMNS + " from shares s where s.target_project_id = :project "
            + "order by s.created_at desc, s.id desc")
    List<ShareRow> targetingProject(@Bind("project") String project);

    /** Row locks with SKIP LOCKED make concurrent sweepers claim disjoint shares, each exactly once. */
    @SqlQuery("update shares s set expiry_notified = true where s.id in (select id from shares "
            + "where not expiry_notified and expires_at > :now and expires_at <= :horizon "
            + "order by expires_at limit :limit for update skip locked) returning " + COLUMNS)
    List<ShareRow> claimExpiringSoon(@Bind("now") Instant now, @Bind("horizon") Instant horizon, @Bind("limit") int limit);

    @SqlQuery("update shares s set expiry_announced = true where s.id in (select id from shares "
            + "where not expiry_announced and expires_at <= :now "
            + "order by expires_at limit :limit for update skip locked) returning " + COLUMNS)
    List<ShareRow> claimExpired(@Bind("now") Instant now, @Bind("limit") int limit);

    /** Optional list filters; null fields do not filter. */
    record Filter(String targetType, String label, String status, Boolean enabled, boolean includeExpired,
                  String realm, Instant now) {
    }

    /** {@code limit} is one more than the page size, to learn whether a next page exists. */
    record Keyset(Instant afterAt, String afterId, int limit) {
        /** The page after {@code page}'s cursor. */
        static Keyset of(PageRequest page) {
            Cursor after = page.after();
            return new Keyset(after == null ? null : after.createdAt(), after == null ? null : after.id(),
                    page.limit() + 1);
        }
    }
}
