package dev.storageshares.domain.mount;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.share.IncomingView;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One container as a receiver, read at once: the container and its project (what the access rule
 * needs), the unexpired shares that target it directly or through its project (what
 * {@link IncomingView} chooses from) with the containers they come from (what a mount needs), its
 * switches and the driver's last outcome per share.
 */
public record Receiver(Container container, Project project, List<Share> candidates,
                       Map<ContainerId, Container> sources, Map<ShareId, Boolean> switches,
                       Map<ShareId, MountOutcome> reported) {
    public Receiver {
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(project, "project");
        candidates = List.copyOf(candidates);
        sources = Map.copyOf(sources);
        switches = Map.copyOf(switches);
        reported = Map.copyOf(reported);
    }
}
