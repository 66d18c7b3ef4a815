package dev.storageshares.adapter.persistence;

import dev.storageshares.application.contract.MountLocksContract;
import dev.storageshares.domain.mount.MountLocks;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** Two pools on one database stand for two server processes. */
class PostgresMountLocksContractTest extends MountLocksContract {
    private final String url = TestDatabases.freshUrl();
    private final PostgresStorage first = PostgresStorage.connect(url, TestDatabases.server().user(), null);
    private final PostgresStorage second = PostgresStorage.connect(url, TestDatabases.server().user(), null);

    @Override
    protected List<MountLocks> twoProcesses() {
        return List.of(first.mountLocks(), second.mountLocks());
    }

    @AfterEach
    void closePools() {
        first.close();
        second.close();
    }
}
