package dev.storageshares.adapter.persistence;

import dev.storageshares.application.contract.MountStatesContract;
import dev.storageshares.application.contract.StoragePorts;

class PostgresMountStatesContractTest extends MountStatesContract {

    @Override
    protected StoragePorts newStorage() {
        return TestDatabases.freshPorts();
    }
}
