package dev.storageshares.application.memory;

import dev.storageshares.application.contract.MountLocksContract;
import dev.storageshares.domain.mount.MountLocks;
import java.util.List;

class InMemoryMountLocksContractTest extends MountLocksContract {
    private final InMemoryStore store = new InMemoryStore();

    @Override
    protected List<MountLocks> twoProcesses() {
        return List.of(store.mountLocks(), store.mountLocks());
    }
}
