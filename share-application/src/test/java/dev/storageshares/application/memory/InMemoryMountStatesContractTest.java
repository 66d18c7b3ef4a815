package dev.storageshares.application.memory;

import dev.storageshares.application.contract.MountStatesContract;
import dev.storageshares.application.contract.StoragePorts;

class InMemoryMountStatesContractTest extends MountStatesContract {

    @Override
    protected StoragePorts newStorage() {
        InMemoryStore store = new InMemoryStore();
        return new StoragePorts(store.catalog(), store.shares(), store.overrides(), store.mountStates(), store.outbox());
    }
}
