package dev.storageshares.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.contract.ContainerCatalogContract;
import dev.storageshares.application.contract.EventOutboxContract;
import dev.storageshares.application.contract.ExpiryClaimsContract;
import dev.storageshares.application.contract.GlobalListRulesContract;
import dev.storageshares.application.contract.MountLocksContract;
import dev.storageshares.application.contract.MountOverridesContract;
import dev.storageshares.application.contract.MountStatesContract;
import dev.storageshares.application.contract.ReceiversContract;
import dev.storageshares.application.contract.ShareBatchesContract;
import dev.storageshares.application.contract.ShareGroupsContract;
import dev.storageshares.application.contract.ShareHistoryContract;
import dev.storageshares.application.contract.ShareQueriesContract;
import dev.storageshares.application.contract.ShareRepositoryContract;
import dev.storageshares.application.contract.ShareRequestsContract;
import dev.storageshares.application.contract.StoragePorts;
import dev.storageshares.domain.mount.MountLocks;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every storage port contract again, against PostgreSQL 15 in a container started by Testcontainers. */
class ContainerPostgresContractsTest {
    private static ContainerDatabase database;

    @BeforeAll
    static void startServer() {
        database = ContainerDatabase.start();
    }

    @AfterAll
    static void stopServer() {
        if (database != null) {
            database.close();
        }
    }

    private static StoragePorts freshPorts() {
        return TestDatabases.ports(database.fresh());
    }

    @Test
    void theServerIsAnotherMajorVersionThanTheEmbeddedOne() {
        assertThat(database.version()).startsWith("15.");
    }

    @Nested
    class Catalog extends ContainerCatalogContract {
        @Override
        protected StoragePorts newStorage() {
            return freshPorts();
        }
    }

    @Nested
    class Shares extends ShareRepositoryContract {
        @Override
        protected StoragePorts newStorage() {
            return freshPorts();
        }
    }

    @Nested
    class Queries extends ShareQueriesContract {
        @Override
        protected StoragePorts newStorage() {
            return freshPorts();
        }
    }

    @Nested
    class Groups extends ShareGroupsContract {
        @Override
        protected StoragePorts newStorage() {
            return freshPorts();
        }
    }

    @Nested
    class Overrides extends MountOverridesContract {
        @Override
        protected StoragePorts newStorage() {
            return freshPorts();
        }
    }

    @Nested
    class States extends MountStatesContract {
        @Override
        protected StoragePorts newStorage() {
            return freshPorts();
        }
    }

    @Nested
    class Outbox extends EventOutboxContract {
        @Override
        protected StoragePorts newStorage() {
            return freshPorts();
        }
    }

    @Nested
    class ExpiryClaims extends ExpiryClaimsContract {
        @Override
        protected StoragePorts newStorage() {
            return freshPorts();
        }
    }

    @Nested
    class Requests extends ShareRequestsContract {
        @Override
        protected StoragePorts newStorage() {
            return freshPorts();
        }
    }

    @Nested
    class Batches extends ShareBatchesContract {
        @Override
        protected StoragePorts newStorage() {
            return freshPorts();
        }
    }

    @Nested
    class History extends ShareHistoryContract {
        @Override
        protected StoragePorts newStorage() {
            return freshPorts();
        }
    }

    @Nested
    class GlobalListRules extends GlobalListRulesContract {
        @Override
        protected StoragePorts newStorage() {
            return freshPorts();
        }
    }

    @Nested
    class ReceivingSide extends ReceiversContract {
        @Override
        protected StoragePorts newStorage() {
            return freshPorts();
        }
    }

    @Nested
    class Locks extends MountLocksContract {
        private final String url = database.freshUrl();
        private final PostgresStorage first = PostgresStorage.connect(url, database.user(), database.password());
        private final PostgresStorage second = PostgresStorage.connect(url, database.user(), database.password());

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
}
