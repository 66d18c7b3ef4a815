package dev.storageshares.adapter.persistence;

import dev.storageshares.application.contract.GlobalListRulesContract;
import dev.storageshares.application.contract.StoragePorts;

class PostgresGlobalListRulesContractTest extends GlobalListRulesContract {

    @Override
    protected StoragePorts newStorage() {
        return TestDatabases.freshPorts();
    }
}
