package dev.storageshares.adapter.persistence;

import dev.storageshares.application.contract.ShareGroupsContract;
import dev.storageshares.application.contract.StoragePorts;

class PostgresShareGroupsContractTest extends ShareGroupsContract {

    @Override
    protected StoragePorts newStorage() {
        return TestDatabases.freshPorts();
    }
}
