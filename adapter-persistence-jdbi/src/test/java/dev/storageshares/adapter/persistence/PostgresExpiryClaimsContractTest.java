package dev.storageshares.adapter.persistence;

import dev.storageshares.application.contract.ExpiryClaimsContract;
import dev.storageshares.application.contract.StoragePorts;

class PostgresExpiryClaimsContractTest extends ExpiryClaimsContract {

    @Override
    protected StoragePorts newStorage() {
        return TestDatabases.freshPorts();
    }
}
