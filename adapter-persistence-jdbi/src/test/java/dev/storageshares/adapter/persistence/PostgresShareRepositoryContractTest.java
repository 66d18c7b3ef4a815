package dev.storageshares.adapter.persistence;

import dev.storageshares.application.contract.ShareRepositoryContract;
import dev.storageshares.application.contract.StoragePorts;

class PostgresShareRepositoryContractTest extends ShareRepositoryContract {

    @Override
    protected StoragePorts newStorage() {
        return TestDatabases.freshPorts();
    }
}
