package dev.storageshares.adapter.persistence;

import dev.storageshares.application.catalog.SaveContainer;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.ProjectMember;
import dev.storageshares.domain.catalog.ProjectRole;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.catalog.UserId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class JdbiContainerCatalog implements ContainerCatalog {
    private static final String FIND_CONTAINER = "select " + CatalogDao.CONTAINER_COLUMNS + " from containers where id = ?";
    /** A project with its members in one round trip; a project without members gives one row with null member fields. */
    private static final String FIND_PROJECT = "select p.realm_id, p.name, p.accepts_share_requests, m.user_id, m.role "
            + "from projects p left join project_members m on m.project_id = p.id where p.id = ? order by m.user_id";

    private final Db db;

    JdbiContainerCatalog(Db db) {
        this.db = db;
    }

    // The two look-ups every access check makes (a create makes four): plain JDBC, prepared once per
    // connection by the driver, without Jdbi's per-call SqlObject set-up, which cost more than the query.
    @Override
    public Optional<Container> findContainer(ContainerId id) {
        return db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(FIND_CONTAINER)) {
                statement.setString(1, id.value());
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? Optional.of(new Container(id, new RealmId(row.getString(2)),
                            new ProjectId(row.getString(3)), new UserId(row.getString(4)), row.getString(5),
                            row.getString(6))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<Project> findProject(ProjectId id) {
        return db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(FIND_PROJECT)) {
                statement.setString(1, id.value());
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    RealmId realm = new RealmId(rows.getString(1));
                    String name = rows.getString(2);
                    boolean acceptsShareRequests = rows.getBoolean(3);
                    List<ProjectMember> members = new ArrayList<>();
                    do {
                        if (rows.getString(4) != null) {
                            members.add(new ProjectMember(new UserId(rows.getString(4)), ProjectRole.fromWire(rows.getString(5))));
                        }
                    } while (rows.next());
                    return Optional.of(new Project(id, realm, name, members, acceptsShareRequests));
                }
            }
        });
    }

    @Override
    public List<Container> containersInProject(ProjectId project) {
        return db.read(handle -> handle.attach(CatalogDao.class).containersInProject(project.value())).stream()
                .map(JdbiContainerCatalog::toContainer).toList();
    }

    @Override
    public List<Container> containersAfter(ContainerId after, int limit) {
        return db.read(handle -> handle.attach(CatalogDao.class).containersAfter(after == null ? null : after.value(), limit))
                .stream().map(JdbiContainerCatalog::toContainer).toList();
    }

    @Override
    public boolean saveProject(Project project) {
        return db.inTransaction(handle -> {
            CatalogDao dao = handle.attach(CatalogDao.class);
            boolean created = dao.upsertProject(new CatalogDao.ProjectRow(project.id().value(), project.realm().value(),
                    project.name(), project.acceptsShareRequests()));
            dao.deleteMembers(project.id().value());
            dao.insertMembers(project.members().stream().map(m -> new CatalogDao.MemberRow(project.id().value(),
                    m.user().value(), m.role().wireName())).toList());
            return created;
        });
    }

    @Override
    public boolean saveContainer(Container container) {
        try {
            return db.inTransaction(handle -> handle.attach(CatalogDao.class).upsertContainer(new CatalogDao.ContainerRow(
                    container.id().value(), container.realm().value(), container.project().value(),
                    container.owner().value(), container.name(), container.runtimeRef())));
        } catch (RuntimeException e) {
            if (Db.violatedForeignKey(e).isPresent()) {
                throw SaveContainer.unknownProject(container.realm());
            }
            throw e;
        }
    }

    @Override
    public boolean deleteProject(ProjectId id) {
        return db.inTransaction(handle -> handle.attach(CatalogDao.class).deleteProject(id.value()) > 0);
    }

    @Override
    public boolean deleteContainer(ContainerId id) {
        return db.inTransaction(handle -> handle.attach(CatalogDao.class).deleteContainer(id.value()) > 0);
    }

    private static Container toContainer(CatalogDao.ContainerRow row) {
        return new Container(new ContainerId(row.id()), new RealmId(row.realmId()), new ProjectId(row.projectId()),
                new UserId(row.ownerId()), row.name(), row.runtimeRef());
    }
}
