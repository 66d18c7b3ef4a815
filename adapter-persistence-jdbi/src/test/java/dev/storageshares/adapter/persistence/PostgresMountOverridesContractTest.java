package dev.storageshares.adapter.persistence;

import dev.storageshares.application.contract.MountOverridesContract;
import dev.storageshares.application.contract.StoragePorts;

class PostgresMountOverridesContractTest extends MountOverridesContract {

    @Override
    protected StoragePorts newStorage() {
        return TestDatabases.freshPorts();
    }
}
