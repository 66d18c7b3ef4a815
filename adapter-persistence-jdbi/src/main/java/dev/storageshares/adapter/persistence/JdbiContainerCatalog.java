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
import java.util.List;
import java.util.Optional;

final class JdbiContainerCatalog implements ContainerCatalog {
    private final Db db;

    JdbiContainerCatalog(Db db) {
        this.db = db;
    }

    @Override
    public Optional<Container> findContainer(ContainerId id) {
        return db.read(handle -> handle.attach(CatalogDao.class).findContainer(id.value()).map(JdbiContainerCatalog::toContainer));
    }

    @Override
    public Optional<Project> findProject(ProjectId id) {
        List<CatalogDao.ProjectMemberRow> rows = db.read(handle -> handle.attach(CatalogDao.class).findProject(id.value()));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        CatalogDao.ProjectMemberRow project = rows.get(0);
        return Optional.of(new Project(new ProjectId(project.id()), new RealmId(project.realmId()), project.name(),
                rows.stream().filter(row -> row.userId() != null)
                        .map(row -> new ProjectMember(new UserId(row.userId()), ProjectRole.fromWire(row.role())))
                        .toList(), project.acceptsShareRequests()));
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
