package dev.storageshares.adapter.persistence;

import dev.storageshares.application.contract.ContainerCatalogContract;
import dev.storageshares.application.contract.StoragePorts;

class PostgresContainerCatalogContractTest extends ContainerCatalogContract {

    @Override
    protected StoragePorts newStorage() {
        return TestDatabases.freshPorts();
    }
}
