package dev.storageshares.application.memory;

import dev.storageshares.application.contract.ShareQueriesContract;
import dev.storageshares.application.contract.StoragePorts;

class InMemoryShareQueriesContractTest extends ShareQueriesContract {

    @Override
    protected StoragePorts newStorage() {
        return StoragePorts.inMemory();
    }
}
