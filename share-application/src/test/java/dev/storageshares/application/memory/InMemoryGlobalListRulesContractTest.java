package dev.storageshares.application.memory;

import dev.storageshares.application.contract.GlobalListRulesContract;
import dev.storageshares.application.contract.StoragePorts;

class InMemoryGlobalListRulesContractTest extends GlobalListRulesContract {

    @Override
    protected StoragePorts newStorage() {
        return StoragePorts.inMemory();
    }
}
