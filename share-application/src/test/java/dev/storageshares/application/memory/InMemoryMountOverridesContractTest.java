package dev.storageshares.application.memory;

import dev.storageshares.application.contract.MountOverridesContract;
import dev.storageshares.application.contract.StoragePorts;

class InMemoryMountOverridesContractTest extends MountOverridesContract {

    @Override
    protected StoragePorts newStorage() {
        return StoragePorts.inMemory();
    }
}
