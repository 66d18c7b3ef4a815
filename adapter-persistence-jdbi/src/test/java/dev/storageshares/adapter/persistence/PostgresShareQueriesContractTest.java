package dev.storageshares.adapter.persistence;

import dev.storageshares.application.contract.ShareQueriesContract;
import dev.storageshares.application.contract.StoragePorts;

class PostgresShareQueriesContractTest extends ShareQueriesContract {

    @Override
    protected StoragePorts newStorage() {
        return TestDatabases.freshPorts();
    }
}
