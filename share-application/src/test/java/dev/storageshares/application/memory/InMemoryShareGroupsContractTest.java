package dev.storageshares.application.memory;

import dev.storageshares.application.contract.ShareGroupsContract;
import dev.storageshares.application.contract.StoragePorts;

class InMemoryShareGroupsContractTest extends ShareGroupsContract {

    @Override
    protected StoragePorts newStorage() {
        return StoragePorts.inMemory();
    }
}
