package dev.storageshares.adapter.persistence;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

// Public only because Jdbi binds and maps through reflection; internal to this adapter.
/** The SQL of projects, their members and containers. Upserts report whether the row was new. */
public interface CatalogDao {
    String CONTAINER_COLUMNS = "id, realm_id, project_id, owner_id, name, runtime_ref";

    record ProjectRow(String id, String realmId, String name, boolean acceptsShareRequests) {
    }

    record MemberRow(String projectId, String userId, String role) {
    }

    record ContainerRow(String id, String realmId, String projectId, String ownerId, String name, String runtimeRef) {
    }

    // xmax = 0 only for a row this statement inserted, not for one it updated.
    @SqlQuery("insert into projects (id, realm_id, name, accepts_share_requests) "
            + "values (:id, :realmId, :name, :acceptsShareRequests) on conflict (id) do update set "
            + "realm_id = excluded.realm_id, name = excluded.name, "
            + "accepts_share_requests = excluded.accepts_share_requests "
            + "returning (xmax = 0)")
    boolean upsertProject(@BindMethods ProjectRow row);

    @SqlUpdate("delete from project_members where project_id = :project")
    void deleteMembers(@Bind("project") String project);

    @SqlBatch("insert into project_members (project_id, user_id, role) values (:projectId, :userId, :role)")
    void insertMembers(@BindMethods List<MemberRow> members);

    @SqlUpdate("delete from projects where id = :id")
    int deleteProject(@Bind("id") String id);

    @SqlQuery("insert into containers (" + CONTAINER_COLUMNS + ") values (:id, :realmId, :projectId, :ownerId, :name, "
            + ":runtimeRef) on conflict (id) do update set realm_id = excluded.realm_id, "
            + "project_id = excluded.project_id, owner_id = excluded.owner_id, name = excluded.name, "
            + "runtime_ref = excluded.runtime_ref returning (xmax = 0)")
    boolean upsertContainer(@BindMethods ContainerRow row);

    @SqlQuery("select " + CONTAINER_COLUMNS + " from containers where project_id = :project order by id")
    List<ContainerRow> containersInProject(@Bind("project") String project);

    @SqlQuery("select " + CONTAINER_COLUMNS + " from containers where cast(:after as text) is null or id > :after "
            + "order by id limit :limit")
    List<ContainerRow> containersAfter(@Bind("after") String after, @Bind("limit") int limit);

    @SqlUpdate("delete from containers where id = :id")
    int deleteContainer(@Bind("id") String id);
}
