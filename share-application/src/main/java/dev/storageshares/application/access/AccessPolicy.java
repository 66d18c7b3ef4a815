package dev.storageshares.application.access;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.catalog.ProjectRole;

/**
 * Who may see and change what. A container is readable by its owner and by every member of its
 * project, writable by its owner and by members who are not viewers; an admin token may do anything.
 * This is the original of the read rule. Global lists need it evaluated inside the store, so it is
 * restated there for speed: {@code InMemoryData.isVisible} and, in SQL, {@code ShareDao.READABLE_BY_USER}.
 * {@code GlobalListRulesContract} (share-application's tests jar) pins both copies to this class.
 */
public final class AccessPolicy {

    public boolean canRead(Caller caller, Container container, Project project) {
        return caller.isAdmin() || isOwner(caller, container) || project.roleOf(caller.user()).isPresent();
    }

    public boolean canWrite(Caller caller, Container container, Project project) {
        return caller.isAdmin() || isOwner(caller, container)
                || project.roleOf(caller.user()).map(ProjectRole::canWrite).orElse(false);
    }

    /** A project is a share target only for its members. */
    public boolean canTarget(Caller caller, Project project) {
        return caller.isAdmin() || project.roleOf(caller.user()).isPresent();
    }

    /** Owners and admins of a project decide the share requests addressed to it as a whole. */
    public boolean canDecideFor(Caller caller, Project project) {
        return caller.isAdmin() || project.roleOf(caller.user()).map(ProjectRole::canDecideProjectRequests).orElse(false);
    }

    private static boolean isOwner(Caller caller, Container container) {
        return container.owner().equals(caller.user());
    }
}
