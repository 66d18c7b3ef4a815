package dev.storageshares.application.memory;

import dev.storageshares.application.contract.ContainerCatalogContract;
import dev.storageshares.application.contract.StoragePorts;

class InMemoryContainerCatalogContractTest extends ContainerCatalogContract {

    @Override
    protected StoragePorts newStorage() {
        return StoragePorts.inMemory();
    }
}
