package dev.storageshares.bootstrap;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The server's whole configuration, resolved once (flag, then environment, then default) and
 * validated before anything starts. {@code jwtSecret} is null when it should be generated.
 */
record Settings(int port, String bind, Path dataDir, String databaseUrl, String databaseUser, String databasePassword,
                byte[] jwtSecret, MountDriverChoice mountDriver, MountMode mountMode, String mountRoot,
                String dockerHost, int createRatePerMinute,
                Duration expiryNotice, Duration sweepInterval, URI webhookUrl, String webhookSecret) {

    static final int MIN_SECRET_BYTES = 32;

    static final Setting PORT = new Setting("--port", "STORAGE_SHARES_HTTP_PORT", "8080");
    static final Setting BIND = new Setting("--bind", "STORAGE_SHARES_HTTP_HOST", "127.0.0.1");
    static final Setting DATA_DIR = new Setting("--data-dir", "STORAGE_SHARES_DATA_DIR", "./data");
    static final Setting DATABASE_URL = new Setting("--database-url", "STORAGE_SHARES_DATABASE_URL", null);
    static final Setting DATABASE_USER = new Setting(null, "STORAGE_SHARES_DATABASE_USER", null);
    static final Setting DATABASE_PASSWORD = new Setting(null, "STORAGE_SHARES_DATABASE_PASSWORD", null, true);
    static final Setting JWT_SECRET = new Setting(null, "STORAGE_SHARES_JWT_SECRET", null, true);
    static final Setting MOUNT_DRIVER = new Setting("--mount-driver", "STORAGE_SHARES_MOUNT_DRIVER", "auto");
    static final Setting MOUNT_MODE = new Setting("--mount-mode", "STORAGE_SHARES_MOUNT_MODE", "live");
    static final Setting MOUNT_ROOT = new Setting("--mount-root", "STORAGE_SHARES_MOUNT_ROOT", "/var/lib/storage-shares");
    static final Setting DOCKER_HOST = new Setting(null, "DOCKER_HOST", "unix:///var/run/docker.sock");
    static final Setting CREATE_RATE = new Setting("--create-rate", "STORAGE_SHARES_CREATE_RATE_PER_MINUTE", "60");
    static final Setting EXPIRY_NOTICE = new Setting("--expiry-notice", "STORAGE_SHARES_EXPIRY_NOTICE", "24h");
    static final Setting SWEEP_INTERVAL = new Setting("--sweep-interval", "STORAGE_SHARES_SWEEP_INTERVAL", "30s");
    static final Setting WEBHOOK_URL = new Setting(null, "STORAGE_SHARES_WEBHOOK_URL", null);
    static final Setting WEBHOOK_SECRET = new Setting(null, "STORAGE_SHARES_WEBHOOK_SECRET", null, true);

    /**
     * @param flags the command-line options that were given, keyed by flag ("--port")
     * @throws SettingsException naming the first setting that is wrong
     */
    static Settings resolve(Map<String, String> flags, Map<String, String> env) {
        int port = PORT.parse(flags, env, Settings::port, "a port number (0-65535)");
        String bind = BIND.parse(flags, env, Settings::nonBlank, "a host name or address");
        Path dataDir = DATA_DIR.parse(flags, env, text -> Path.of(nonBlank(text)), "a directory path");
        String databaseUrl = DATABASE_URL.parse(flags, env, Settings::jdbcUrl, "a jdbc:postgresql:// URL");
        byte[] secret = JWT_SECRET.parse(flags, env, Settings::secret,
                "at least " + MIN_SECRET_BYTES + " bytes long");
        MountDriverChoice driver = MOUNT_DRIVER.parse(flags, env, MountDriverChoice::parse, "one of auto, docker, none");
        MountMode mode = MOUNT_MODE.parse(flags, env, MountMode::parse, "one of live, recreate");
        String mountRoot = MOUNT_ROOT.parse(flags, env, Settings::mountRoot,
                "an absolute directory path other than / without spaces");
        String dockerHost = DOCKER_HOST.parse(flags, env, Settings::dockerHost, "a unix:// or tcp:// address");
        int rate = CREATE_RATE.parse(flags, env, Settings::nonNegative, "a whole number >= 0");
        Duration notice = EXPIRY_NOTICE.parse(flags, env, Durations::parse, "a duration like 30s, 15m, 24h or 7d");
        Duration sweep = SWEEP_INTERVAL.parse(flags, env, text -> positive(Durations.parse(text)),
                "a positive duration like 30s or 5m");
        URI webhook = WEBHOOK_URL.parse(flags, env, Settings::httpUrl, "an http:// or https:// URL");
        String webhookSecret = WEBHOOK_SECRET.raw(flags, env);
        if (webhook != null && (webhookSecret == null || webhookSecret.isBlank())) {
            throw new SettingsException("Invalid " + WEBHOOK_SECRET.name() + ": required when "
                    + WEBHOOK_URL.name() + " is set");
        }
        return new Settings(port, bind, dataDir, databaseUrl, DATABASE_USER.raw(flags, env),
                DATABASE_PASSWORD.raw(flags, env), secret, driver, mode, mountRoot, dockerHost, rate, notice, sweep, webhook,
                webhookSecret);
    }

    private static int port(String text) {
        int port = Integer.parseInt(text);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(text);
        }
        return port;
    }

    private static int nonNegative(String text) {
        int value = Integer.parseInt(text);
        if (value < 0) {
            throw new IllegalArgumentException(text);
        }
        return value;
    }

    private static String nonBlank(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("blank");
        }
        return text;
    }

    private static String jdbcUrl(String text) {
        if (!text.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException(text);
        }
        return text;
    }

    private static byte[] secret(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("short");
        }
        return bytes;
    }

    private static String dockerHost(String text) {
        if (!text.startsWith("unix://") && !text.startsWith("tcp://")) {
            throw new IllegalArgumentException(text);
        }
        return text;
    }

    private static String mountRoot(String text) {
        String path = text.replaceAll("(.)/+$", "$1");
        if (!path.startsWith("/") || path.equals("/") || path.chars().anyMatch(Character::isWhitespace)
                || path.contains("/../") || path.endsWith("/..")) {
            throw new IllegalArgumentException(text);
        }
        return path;
    }

    private static Duration positive(Duration duration) {
        if (duration.isZero()) {
            throw new IllegalArgumentException("zero");
        }
        return duration;
    }

    private static URI httpUrl(String text) {
        URI uri = URI.create(text);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(text);
        }
        return uri;
    }
}
