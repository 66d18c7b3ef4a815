package dev.storageshares.application.memory;

import dev.storageshares.application.contract.ShareRequestsContract;
import dev.storageshares.application.contract.StoragePorts;

class InMemoryShareRequestsContractTest extends ShareRequestsContract {

    @Override
    protected StoragePorts newStorage() {
        return StoragePorts.inMemory();
    }
}
