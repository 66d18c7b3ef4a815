package dev.storageshares.application.memory;

import dev.storageshares.application.contract.ShareBatchesContract;
import dev.storageshares.application.contract.StoragePorts;

class InMemoryShareBatchesContractTest extends ShareBatchesContract {

    @Override
    protected StoragePorts newStorage() {
        return StoragePorts.inMemory();
    }
}
