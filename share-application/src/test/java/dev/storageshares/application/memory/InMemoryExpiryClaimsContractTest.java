package dev.storageshares.application.memory;

import dev.storageshares.application.contract.ExpiryClaimsContract;
import dev.storageshares.application.contract.StoragePorts;

class InMemoryExpiryClaimsContractTest extends ExpiryClaimsContract {

    @Override
    protected StoragePorts newStorage() {
        InMemoryStore store = new InMemoryStore();
        return new StoragePorts(store.catalog(), store.shares(), store.overrides(), store.mountStates(), store.outbox());
    }
}
