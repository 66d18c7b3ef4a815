package dev.storageshares.application.memory;

import dev.storageshares.application.contract.ReceiversContract;
import dev.storageshares.application.contract.StoragePorts;

class InMemoryReceiversContractTest extends ReceiversContract {

    @Override
    protected StoragePorts newStorage() {
        return StoragePorts.inMemory();
    }
}
