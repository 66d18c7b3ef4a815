package dev.storageshares.application.access;

import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.Project;

/**
 * Resolves a container id from a request and checks the caller's access to it. A container the
 * caller may not read answers exactly like one that does not exist, so ids cannot be probed.
 */
public final class ContainerAccess {
    private final ContainerCatalog catalog;
    private final AccessPolicy policy;

    public ContainerAccess(ContainerCatalog catalog, AccessPolicy policy) {
        this.catalog = catalog;
        this.policy = policy;
    }

    public Container readable(Caller caller, String containerId) {
        Container container = existing(containerId);
        requireReadable(caller, container, projectOf(container));
        return container;
    }

    public Container writable(Caller caller, String containerId) {
        Container container = existing(containerId);
        Project project = projectOf(container);
        requireReadable(caller, container, project);
        if (!policy.canWrite(caller, container, project)) {
            throw ShareException.forbidden();
        }
        return container;
    }

    private void requireReadable(Caller caller, Container container, Project project) {
        if (!policy.canRead(caller, container, project)) {
            throw ShareException.containerNotFound();
        }
    }

    public boolean canRead(Caller caller, Container container) {
        return policy.canRead(caller, container, projectOf(container));
    }

    public boolean canWrite(Caller caller, Container container) {
        return policy.canWrite(caller, container, projectOf(container));
    }

    private Container existing(String containerId) {
        return ContainerId.parse(containerId).flatMap(catalog::findContainer).orElseThrow(ShareException::containerNotFound);
    }

    private Project projectOf(Container container) {
        // The catalog refuses containers without a project, so a missing one is a broken store.
        return catalog.findProject(container.project())
                .orElseThrow(() -> new IllegalStateException("container " + container.id() + " has no project"));
    }
}
