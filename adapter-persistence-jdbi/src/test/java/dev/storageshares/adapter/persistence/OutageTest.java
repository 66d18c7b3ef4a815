package dev.storageshares.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.ContainerId;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An unreachable database is a 503-shaped domain error, and the pool recovers when it returns. */
class OutageTest {

    @Test
    void aStoppedDatabaseIsServiceUnavailableAndServiceResumesWhenItIsBack() throws Exception {
        Path dataDir = TestDatabases.newDataDir();
        int port = freePort();
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, port, EmbeddedDatabase.Durability.THROWAWAY);
        try (PostgresStorage storage = PostgresStorage.connect(database.jdbcUrl(), database.user(), null)) {
            storage.migrate();
            database.close();

            assertThat(storage.isReachable()).isFalse();
            assertThatThrownBy(() -> storage.catalog().findContainer(new ContainerId("x")))
                    .isInstanceOfSatisfying(ShareException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));

            database = EmbeddedDatabase.start(dataDir, port, EmbeddedDatabase.Durability.THROWAWAY);
            assertThat(eventuallyReachable(storage)).as("the pool reconnects by itself").isTrue();
            assertThat(storage.catalog().findContainer(new ContainerId("x"))).isEmpty();
        } finally {
            database.close();
        }
    }

    /** The pool notices a returned database on its next attempts; give it a bounded while. */
    private static boolean eventuallyReachable(PostgresStorage storage) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            if (storage.isReachable()) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
