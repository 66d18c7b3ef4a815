package dev.storageshares.adapter.persistence;

import dev.storageshares.application.contract.ShareRequestsContract;
import dev.storageshares.application.contract.StoragePorts;

class PostgresShareRequestsContractTest extends ShareRequestsContract {

    @Override
    protected StoragePorts newStorage() {
        return TestDatabases.freshPorts();
    }
}
