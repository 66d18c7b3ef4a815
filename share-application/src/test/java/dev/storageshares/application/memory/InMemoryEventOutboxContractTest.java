package dev.storageshares.application.memory;

import dev.storageshares.application.contract.EventOutboxContract;
import dev.storageshares.application.contract.StoragePorts;

class InMemoryEventOutboxContractTest extends EventOutboxContract {

    @Override
    protected StoragePorts newStorage() {
        return StoragePorts.inMemory();
    }
}
