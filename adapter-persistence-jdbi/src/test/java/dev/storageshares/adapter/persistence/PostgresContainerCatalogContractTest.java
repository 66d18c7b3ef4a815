package dev.storageshares.adapter.persistence;

import dev.storageshares.application.contract.ContainerCatalogContract;
import dev.storageshares.application.contract.StoragePorts;
import org.junit.jupiter.api.AfterEach;

class PostgresContainerCatalogContractTest extends ContainerCatalogContract {
    private PostgresStorage storage;

    @Override
    protected StoragePorts newStorage() {
        storage = TestDatabases.fresh();
        return new StoragePorts(storage.catalog(), storage.shares(), storage.overrides(), storage.mountStates(),
                storage.outbox());
    }

    @AfterEach
    void closePool() {
        storage.close();
    }
}
