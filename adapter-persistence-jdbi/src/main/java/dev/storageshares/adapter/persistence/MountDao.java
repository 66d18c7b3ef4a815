package dev.storageshares.adapter.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

// Public only because Jdbi binds and maps through reflection; internal to this adapter.
/** The SQL of receivers' switches and of the driver's reported states. */
public interface MountDao {

    record OverrideRow(String id, String shareId, String containerId, boolean mount, Instant createdAt,
                       Instant updatedAt) {
    }

    record StateRow(String containerId, String shareId, String state, String message) {
    }

    /** One row per (share, container): a second toggle updates the first row in place. */
    @SqlQuery("insert into mount_overrides (id, share_id, container_id, mount, created_at, updated_at) "
            + "values (:id, :shareId, :containerId, :mount, :createdAt, :updatedAt) "
            + "on conflict (share_id, container_id) do update set mount = excluded.mount, "
            + "updated_at = excluded.updated_at returning id, share_id, container_id, mount, created_at, updated_at")
    OverrideRow upsertOverride(@BindMethods OverrideRow row);

    @SqlQuery("select id, share_id, container_id, mount, created_at, updated_at from mount_overrides "
            + "where container_id = :container")
    List<OverrideRow> overridesFor(@Bind("container") String container);

    @SqlQuery("select id from containers where id = :container for key share")
    Optional<String> lockContainer(@Bind("container") String container);

    /** Of {@code ids}, those still stored, now safe from deletion until the transaction ends. */
    @SqlQuery("select id from shares where id in (<ids>) order by id for key share")
    List<String> lockShares(@BindList(value = "ids", onEmpty = BindList.EmptyHandling.NULL_STRING) List<String> ids);

    @SqlUpdate("delete from mount_states where container_id = :container")
    void clearStates(@Bind("container") String container);

    @SqlBatch("insert into mount_states (container_id, share_id, state, message) "
            + "values (:containerId, :shareId, :state, :message)")
    void insertStates(@BindMethods List<StateRow> rows);

    @SqlQuery("select container_id, share_id, state, message from mount_states where container_id = :container")
    List<StateRow> statesOfContainer(@Bind("container") String container);

    @SqlQuery("select container_id, share_id, state, message from mount_states where share_id = :share "
            + "order by container_id")
    List<StateRow> statesOfShare(@Bind("share") String share);
}
