package dev.storageshares.application.support;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountDriver;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountSpec;
import dev.storageshares.domain.share.ShareId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers what each container was told to mount; paths under a "broken" prefix fail. */
public final class FakeMountDriver implements MountDriver {
    private final Map<String, List<MountSpec>> mounted = new ConcurrentHashMap<>();
    private final Set<String> brokenPaths = ConcurrentHashMap.newKeySet();

    public void breakPath(String sourcePath) {
        brokenPaths.add(sourcePath);
    }

    public void repairPath(String sourcePath) {
        brokenPaths.remove(sourcePath);
    }

    public List<MountSpec> mountedIn(String containerId) {
        return mounted.getOrDefault(containerId, List.of());
    }

    /** A released container keeps nothing: its mounts are forgotten. */
    @Override
    public void release(ContainerId container) {
        mounted.remove(container.value());
    }

    @Override
    public Map<ShareId, MountOutcome> apply(Container target, List<MountSpec> desired) {
        Map<ShareId, MountOutcome> outcomes = new LinkedHashMap<>();
        List<MountSpec> applied = new ArrayList<>();
        for (MountSpec spec : desired) {
            if (brokenPaths.contains(spec.sourcePath().value())) {
                outcomes.put(spec.shareId(), MountOutcome.failed(spec.sourcePath() + " is not on a volume"));
            } else {
                applied.add(spec);
                outcomes.put(spec.shareId(), MountOutcome.applied());
            }
        }
        mounted.put(target.id().value(), List.copyOf(applied));
        return new HashMap<>(outcomes);
    }
}
