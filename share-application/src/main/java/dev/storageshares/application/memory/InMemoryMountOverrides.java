package dev.storageshares.application.memory;

import dev.storageshares.application.incoming.ToggleMount;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountOverride;
import dev.storageshares.domain.mount.MountOverrides;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

final class InMemoryMountOverrides implements MountOverrides {
    private final InMemoryData data;

    InMemoryMountOverrides(InMemoryData data) {
        this.data = data;
    }

    @Override
    public MountOverride save(String newId, ShareId share, ContainerId container, boolean mount, Instant now,
                              ShareEvent toggled) {
        synchronized (data) {
            if (!data.shares.containsKey(share)) {
                throw ShareException.notFound(ToggleMount.NOT_FOUND);
            }
            if (!data.containers.containsKey(container.value())) {
                throw ShareException.containerNotFound();
            }
            Map<ContainerId, MountOverride> byContainer = data.overrides.computeIfAbsent(share, key -> new HashMap<>());
            MountOverride previous = byContainer.get(container);
            MountOverride saved = previous == null
                    ? new MountOverride(newId, share, container, mount, now, now)
                    : new MountOverride(previous.id(), share, container, mount, previous.createdAt(), now);
            byContainer.put(container, saved);
            data.events.add(toggled);
            return saved;
        }
    }

    @Override
    public Map<ShareId, Boolean> forContainer(ContainerId container) {
        synchronized (data) {
            Map<ShareId, Boolean> switches = new HashMap<>();
            data.overrides.forEach((share, byContainer) -> {
                MountOverride override = byContainer.get(container);
                if (override != null) {
                    switches.put(share, override.mount());
                }
            });
            return switches;
        }
    }
}
