package dev.storageshares.adapter.persistence;

import dev.storageshares.application.contract.EventOutboxContract;
import dev.storageshares.application.contract.StoragePorts;

class PostgresEventOutboxContractTest extends EventOutboxContract {

    @Override
    protected StoragePorts newStorage() {
        return TestDatabases.freshPorts();
    }
}
