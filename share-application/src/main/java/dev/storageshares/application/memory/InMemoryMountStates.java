package dev.storageshares.application.memory;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountStates;
import dev.storageshares.domain.share.ShareId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

final class InMemoryMountStates implements MountStates {
    private final InMemoryData data;

    InMemoryMountStates(InMemoryData data) {
        this.data = data;
    }

    @Override
    public void record(ContainerId container, Map<ShareId, MountOutcome> outcomes) {
        synchronized (data) {
            if (!data.containers.containsKey(container.value())) {
                return;
            }
            Map<ShareId, MountOutcome> kept = new LinkedHashMap<>();
            outcomes.forEach((share, outcome) -> {
                if (data.shares.containsKey(share)) {
                    kept.put(share, outcome);
                }
            });
            data.states.put(container, kept);
        }
    }

    @Override
    public Map<ShareId, MountOutcome> forContainer(ContainerId container) {
        synchronized (data) {
            return Map.copyOf(data.states.getOrDefault(container, Map.of()));
        }
    }

    @Override
    public Map<ContainerId, MountOutcome> forShare(ShareId share) {
        synchronized (data) {
            Map<ContainerId, MountOutcome> byContainer = new LinkedHashMap<>();
            data.states.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(Comparator.comparing(ContainerId::value)))
                    .forEach(entry -> {
                        MountOutcome outcome = entry.getValue().get(share);
                        if (outcome != null) {
                            byContainer.put(entry.getKey(), outcome);
                        }
                    });
            return byContainer;
        }
    }
}
