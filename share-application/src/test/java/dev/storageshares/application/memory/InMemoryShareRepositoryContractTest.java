package dev.storageshares.application.memory;

import dev.storageshares.application.contract.ShareRepositoryContract;
import dev.storageshares.application.contract.StoragePorts;

class InMemoryShareRepositoryContractTest extends ShareRepositoryContract {

    @Override
    protected StoragePorts newStorage() {
        return StoragePorts.inMemory();
    }
}
