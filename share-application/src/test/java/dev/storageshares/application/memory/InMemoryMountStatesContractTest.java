package dev.storageshares.application.memory;

import dev.storageshares.application.contract.MountStatesContract;
import dev.storageshares.application.contract.StoragePorts;

class InMemoryMountStatesContractTest extends MountStatesContract {

    @Override
    protected StoragePorts newStorage() {
        return StoragePorts.inMemory();
    }
}
