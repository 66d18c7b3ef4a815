package dev.storageshares.application.memory;

import dev.storageshares.application.catalog.SaveContainer;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareTarget;
import java.util.List;
import java.util.Optional;

final class InMemoryContainerCatalog implements ContainerCatalog {
    private final InMemoryData data;

    InMemoryContainerCatalog(InMemoryData data) {
        this.data = data;
    }

    @Override
    public Optional<Container> findContainer(ContainerId id) {
        synchronized (data) {
            return Optional.ofNullable(data.containers.get(id.value()));
        }
    }

    @Override
    public Optional<Project> findProject(ProjectId id) {
        synchronized (data) {
            return Optional.ofNullable(data.projects.get(id));
        }
    }

    @Override
    public List<Container> containersInProject(ProjectId project) {
        synchronized (data) {
            return data.containers.values().stream().filter(c -> c.project().equals(project)).toList();
        }
    }

    @Override
    public List<Container> containersAfter(ContainerId after, int limit) {
        synchronized (data) {
            var tail = after == null ? data.containers : data.containers.tailMap(after.value(), false);
            return tail.values().stream().limit(limit).toList();
        }
    }

    @Override
    public boolean saveProject(Project project) {
        synchronized (data) {
            return data.projects.put(project.id(), project) == null;
        }
    }

    @Override
    public boolean saveContainer(Container container) {
        synchronized (data) {
            if (!data.projects.containsKey(container.project())) {
                throw SaveContainer.unknownProject(container.realm());
            }
            return data.containers.put(container.id().value(), container) == null;
        }
    }

    @Override
    public boolean deleteProject(ProjectId id) {
        synchronized (data) {
            containersInProject(id).forEach(container -> deleteContainer(container.id()));
            data.shares.values().stream()
                    .filter(share -> share.target() instanceof ShareTarget.ToProject project && project.project().equals(id))
                    .map(Share::id)
                    .toList()
                    .forEach(data::deleteShare);
            return data.projects.remove(id) != null;
        }
    }

    @Override
    public boolean deleteContainer(ContainerId id) {
        synchronized (data) {
            data.shares.values().stream()
                    .filter(share -> share.sourceContainer().equals(id)
                            || (share.target() instanceof ShareTarget.ToContainer direct && direct.container().equals(id)))
                    .map(Share::id)
                    .toList()
                    .forEach(data::deleteShare);
            boolean existed = data.containers.containsKey(id.value());
            data.deleteContainer(id);
            return existed;
        }
    }
}
