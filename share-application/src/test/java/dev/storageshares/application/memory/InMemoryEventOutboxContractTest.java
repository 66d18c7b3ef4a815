package dev.storageshares.application.memory;

import dev.storageshares.application.contract.EventOutboxContract;
import dev.storageshares.application.contract.StoragePorts;

class InMemoryEventOutboxContractTest extends EventOutboxContract {

    @Override
    protected StoragePorts newStorage() {
        InMemoryStore store = new InMemoryStore();
        return new StoragePorts(store.catalog(), store.shares(), store.overrides(), store.mountStates(), store.outbox());
    }
}
