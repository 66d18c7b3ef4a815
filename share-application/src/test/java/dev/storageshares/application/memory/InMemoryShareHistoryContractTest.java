package dev.storageshares.application.memory;

import dev.storageshares.application.contract.ShareHistoryContract;
import dev.storageshares.application.contract.StoragePorts;

class InMemoryShareHistoryContractTest extends ShareHistoryContract {

    @Override
    protected StoragePorts newStorage() {
        return StoragePorts.inMemory();
    }
}
