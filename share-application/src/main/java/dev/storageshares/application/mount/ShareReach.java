package dev.storageshares.application.mount;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareTarget;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which containers a share lands in: its direct target, or every container of its project but the source. */
public final class ShareReach {
    private final ContainerCatalog catalog;

    public ShareReach(ContainerCatalog catalog) {
        this.catalog = catalog;
    }

    public Set<ContainerId> containersReachedBy(Share share) {
        if (share.target() instanceof ShareTarget.ToContainer direct) {
            return Set.of(direct.container());
        }
        ShareTarget.ToProject project = (ShareTarget.ToProject) share.target();
        Set<ContainerId> reached = new LinkedHashSet<>();
        for (Container container : catalog.containersInProject(project.project())) {
            if (share.reaches(container)) {
                reached.add(container.id());
            }
        }
        return reached;
    }

    public Set<ContainerId> containersReachedBy(List<Share> shares) {
        Set<ContainerId> reached = new LinkedHashSet<>();
        shares.forEach(share -> reached.addAll(containersReachedBy(share)));
        return reached;
    }
}
