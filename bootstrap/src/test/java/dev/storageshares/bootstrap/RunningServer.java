package dev.storageshares.bootstrap;

import dev.storageshares.adapter.persistence.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The real server as `serve` wires it (PostgreSQL, migrations, REST), once per test JVM. Its
 * PostgreSQL is a throwaway embedded one given by URL: these suites write thousands of rows nobody
 * keeps, and a flush to disk per commit would multiply their run time. The durable default that
 * `serve` starts is tested where durability is the point (CrashRestartTest, DurabilityTest).
 */
final class RunningServer {
    static final byte[] SECRET = "bootstrap-test-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static Server server;

    private RunningServer() {
    }

    static synchronized String baseUrl() {
        if (server == null) {
            try {
                Path dataDir = Files.createTempDirectory("storage-shares-server-test-");
                EmbeddedDatabase database = EmbeddedDatabase.startThrowaway(dataDir.resolve("postgres"));
                Settings settings = Settings.resolve(Map.of("--port", "0", "--data-dir", dataDir.toString(),
                        "--database-url", database.jdbcUrl(), "--mount-driver", "none", "--create-rate", "0"),
                        Map.of("STORAGE_SHARES_DATABASE_USER", database.user()));
                server = Server.start(settings, SECRET);
                Server started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    started.close();
                    database.close();
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "http://127.0.0.1:" + server.port();
    }
}
