package dev.storageshares.adapter.persistence;

import dev.storageshares.application.contract.ReceiversContract;
import dev.storageshares.application.contract.StoragePorts;

class PostgresReceiversContractTest extends ReceiversContract {

    @Override
    protected StoragePorts newStorage() {
        return TestDatabases.freshPorts();
    }
}
