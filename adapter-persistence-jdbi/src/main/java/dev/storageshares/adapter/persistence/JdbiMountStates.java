package dev.storageshares.adapter.persistence;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountState;
import dev.storageshares.domain.mount.MountStates;
import dev.storageshares.domain.share.ShareId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

final class JdbiMountStates implements MountStates {
    private final Db db;

    JdbiMountStates(Db db) {
        this.db = db;
    }

    @Override
    public void record(ContainerId container, Map<ShareId, MountOutcome> outcomes) {
        db.inTransaction(handle -> {
            MountDao dao = handle.attach(MountDao.class);
            // Lock what the rows refer to first, in a fixed order (the container, then shares by id),
            // and only then touch state rows: a concurrent delete of a share or container then waits
            // for this record or is waited for, never both at once (that was a deadlock), and
            // outcomes of shares deleted meanwhile are dropped instead of breaking a foreign key.
            if (dao.lockContainer(container.value()).isEmpty()) {
                return null;
            }
            Set<String> stillStored = new HashSet<>(
                    dao.lockShares(outcomes.keySet().stream().map(ShareId::value).toList()));
            dao.clearStates(container.value());
            dao.insertStates(outcomes.entrySet().stream()
                    .filter(e -> stillStored.contains(e.getKey().value()))
                    .map(e -> new MountDao.StateRow(container.value(), e.getKey().value(),
                            e.getValue().state().wireName(), e.getValue().message()))
                    .toList());
            return null;
        });
    }

    @Override
    public Map<ShareId, MountOutcome> forContainer(ContainerId container) {
        Map<ShareId, MountOutcome> byShare = new LinkedHashMap<>();
        db.read(handle -> handle.attach(MountDao.class).statesOfContainer(container.value()))
                .forEach(row -> byShare.put(new ShareId(row.shareId()), outcome(row)));
        return byShare;
    }

    @Override
    public Map<ContainerId, MountOutcome> forShare(ShareId share) {
        Map<ContainerId, MountOutcome> byContainer = new LinkedHashMap<>();
        db.read(handle -> handle.attach(MountDao.class).statesOfShare(share.value()))
                .forEach(row -> byContainer.put(new ContainerId(row.containerId()), outcome(row)));
        return byContainer;
    }

    private static MountOutcome outcome(MountDao.StateRow row) {
        return new MountOutcome(MountState.valueOf(row.state().toUpperCase(Locale.ROOT)), row.message());
    }
}
