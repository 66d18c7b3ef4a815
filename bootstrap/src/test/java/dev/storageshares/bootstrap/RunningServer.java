package dev.storageshares.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The real server as `serve` wires it (embedded PostgreSQL, migrations, REST), once per test JVM. */
final class RunningServer {
    static final byte[] SECRET = "bootstrap-test-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static Server server;

    private RunningServer() {
    }

    static synchronized String baseUrl() {
        if (server == null) {
            try {
                Path dataDir = Files.createTempDirectory("storage-shares-server-test-");
                Settings settings = Settings.resolve(Map.of("--port", "0", "--data-dir", dataDir.toString(),
                        "--mount-driver", "none", "--create-rate", "0"), Map.of());
                server = Server.start(settings, SECRET);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return "http://127.0.0.1:" + server.port();
    }
}
