package dev.storageshares.application.memory;

import dev.storageshares.application.contract.MountOverridesContract;
import dev.storageshares.application.contract.StoragePorts;

class InMemoryMountOverridesContractTest extends MountOverridesContract {

    @Override
    protected StoragePorts newStorage() {
        InMemoryStore store = new InMemoryStore();
        return new StoragePorts(store.catalog(), store.shares(), store.overrides(), store.mountStates(), store.outbox());
    }
}
