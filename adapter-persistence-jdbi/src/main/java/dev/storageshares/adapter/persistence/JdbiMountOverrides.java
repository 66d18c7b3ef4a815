package dev.storageshares.adapter.persistence;

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
import java.util.Optional;

final class JdbiMountOverrides implements MountOverrides {
    private final Db db;

    JdbiMountOverrides(Db db) {
        this.db = db;
    }

    @Override
    public MountOverride save(String newId, ShareId share, ContainerId container, boolean mount, Instant now,
                              ShareEvent toggled) {
        try {
            return db.inTransaction(handle -> {
                MountDao.OverrideRow row = handle.attach(MountDao.class).upsertOverride(
                        new MountDao.OverrideRow(newId, share.value(), container.value(), mount, now, now));
                EventRows.record(handle, toggled);
                return new MountOverride(row.id(), new ShareId(row.shareId()), new ContainerId(row.containerId()),
                        row.mount(), row.createdAt(), row.updatedAt());
            });
        } catch (RuntimeException e) {
            Optional<String> vanished = Db.violatedForeignKey(e);
            if (vanished.isEmpty()) {
                throw e;
            }
            throw vanished.get().equals("mount_overrides_share_id_fkey")
                    ? ShareException.notFound(ToggleMount.NOT_FOUND) : ShareException.containerNotFound();
        }
    }

    @Override
    public Map<ShareId, Boolean> forContainer(ContainerId container) {
        Map<ShareId, Boolean> switches = new HashMap<>();
        db.read(handle -> handle.attach(MountDao.class).overridesFor(container.value()))
                .forEach(row -> switches.put(new ShareId(row.shareId()), row.mount()));
        return switches;
    }
}
