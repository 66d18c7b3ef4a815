package dev.storageshares.adapter.persistence;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountState;
import dev.storageshares.domain.mount.MountStates;
import dev.storageshares.domain.share.ShareId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

final class JdbiMountStates implements MountStates {
    private final Db db;

    JdbiMountStates(Db db) {
        this.db = db;
    }

    @Override
    public void record(ContainerId container, Map<ShareId, MountOutcome> outcomes) {
        List<MountDao.StateRow> rows = outcomes.entrySet().stream()
                .map(e -> new MountDao.StateRow(container.value(), e.getKey().value(), e.getValue().state().wireName(),
                        e.getValue().message()))
                .toList();
        db.inTransaction(handle -> {
            MountDao dao = handle.attach(MountDao.class);
            dao.clearStates(container.value());
            dao.insertStates(rows);
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
