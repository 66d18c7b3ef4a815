package dev.storageshares.application.memory;

import dev.storageshares.application.contract.ExpiryClaimsContract;
import dev.storageshares.application.contract.StoragePorts;

class InMemoryExpiryClaimsContractTest extends ExpiryClaimsContract {

    @Override
    protected StoragePorts newStorage() {
        return StoragePorts.inMemory();
    }
}
