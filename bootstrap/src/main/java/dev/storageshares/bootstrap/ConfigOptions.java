package dev.storageshares.bootstrap;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The flags every server-side subcommand accepts. Values stay text here: {@link Settings} resolves
 * them against the environment and defaults and judges them all in one place.
 */
final class ConfigOptions {
    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (0 = any free port). Env STORAGE_SHARES_HTTP_PORT, default 8080.")
    String port;

    @Option(names = "--bind", paramLabel = "HOST", description = "Listen address. Env STORAGE_SHARES_HTTP_HOST, default 127.0.0.1.")
    String bind;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Embedded PostgreSQL data and generated secrets. Env STORAGE_SHARES_DATA_DIR, default ./data.")
    String dataDir;

    @Option(names = "--database-url", paramLabel = "URL", description = "jdbc:postgresql://… ; when set no embedded database is started. Env STORAGE_SHARES_DATABASE_URL.")
    String databaseUrl;

    @Option(names = "--mount-driver", paramLabel = "DRIVER", description = "docker, none or auto. Env STORAGE_SHARES_MOUNT_DRIVER, default auto.")
    String mountDriver;

    @Option(names = "--mount-mode", paramLabel = "MODE", description = "live (mount propagation, no restart) or recreate. Env STORAGE_SHARES_MOUNT_MODE, default live.")
    String mountMode;

    @Option(names = "--mount-root", paramLabel = "DIR", description = "Host directory holding the live mounts. Env STORAGE_SHARES_MOUNT_ROOT, default /var/lib/storage-shares.")
    String mountRoot;

    @Option(names = "--create-rate", paramLabel = "N", description = "Share creations per user per minute, 0 = unlimited. Env STORAGE_SHARES_CREATE_RATE_PER_MINUTE, default 60.")
    String createRate;

    @Option(names = "--expiry-notice", paramLabel = "DURATION", description = "How long before expiry the notice goes out. Env STORAGE_SHARES_EXPIRY_NOTICE, default 24h.")
    String expiryNotice;

    @Option(names = "--sweep-interval", paramLabel = "DURATION", description = "Expiry sweep and reconcile period. Env STORAGE_SHARES_SWEEP_INTERVAL, default 30s.")
    String sweepInterval;

    Settings resolve(Map<String, String> env) {
        Map<String, String> flags = new LinkedHashMap<>();
        put(flags, "--port", port);
        put(flags, "--bind", bind);
        put(flags, "--data-dir", dataDir);
        put(flags, "--database-url", databaseUrl);
        put(flags, "--mount-driver", mountDriver);
        put(flags, "--mount-mode", mountMode);
        put(flags, "--mount-root", mountRoot);
        put(flags, "--create-rate", createRate);
        put(flags, "--expiry-notice", expiryNotice);
        put(flags, "--sweep-interval", sweepInterval);
        return Settings.resolve(flags, env);
    }

    private static void put(Map<String, String> flags, String flag, String value) {
        if (value != null) {
            flags.put(flag, value);
        }
    }
}
