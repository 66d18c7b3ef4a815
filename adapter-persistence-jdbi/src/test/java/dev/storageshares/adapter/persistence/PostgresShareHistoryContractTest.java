package dev.storageshares.adapter.persistence;

import dev.storageshares.application.contract.ShareHistoryContract;
import dev.storageshares.application.contract.StoragePorts;

class PostgresShareHistoryContractTest extends ShareHistoryContract {

    @Override
    protected StoragePorts newStorage() {
        return TestDatabases.freshPorts();
    }
}
