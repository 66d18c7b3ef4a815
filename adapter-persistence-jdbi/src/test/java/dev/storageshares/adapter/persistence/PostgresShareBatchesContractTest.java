package dev.storageshares.adapter.persistence;

import dev.storageshares.application.contract.ShareBatchesContract;
import dev.storageshares.application.contract.StoragePorts;

class PostgresShareBatchesContractTest extends ShareBatchesContract {

    @Override
    protected StoragePorts newStorage() {
        return TestDatabases.freshPorts();
    }
}
