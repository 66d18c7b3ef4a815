package dev.storageshares.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {

    @Test
    void defaultsApplyWhenNothingIsGiven() {
        Settings settings = Settings.resolve(Map.of(), Map.of());

        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.bind()).isEqualTo("127.0.0.1");
        assertThat(settings.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(settings.databaseUrl()).isNull();
        assertThat(settings.jwtSecret()).isNull();
        assertThat(settings.mountDriver()).isEqualTo(MountDriverChoice.AUTO);
        assertThat(settings.mountMode()).isEqualTo(MountMode.LIVE);
        assertThat(settings.mountRoot()).isEqualTo("/var/lib/storage-shares");
        assertThat(settings.createRatePerMinute()).isEqualTo(60);
        assertThat(settings.expiryNotice()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.sweepInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aFlagBeatsTheEnvironmentWhichBeatsTheDefault() {
        Map<String, String> env = Map.of("STORAGE_SHARES_HTTP_PORT", "9000", "STORAGE_SHARES_SWEEP_INTERVAL", "5m");

        assertThat(Settings.resolve(Map.of(), env).port()).isEqualTo(9000);
        assertThat(Settings.resolve(Map.of("--port", "9100"), env).port()).isEqualTo(9100);
        assertThat(Settings.resolve(Map.of(), env).sweepInterval()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theMountModeAndRootComeFromFlagOrEnvironment() {
        Map<String, String> env = Map.of("STORAGE_SHARES_MOUNT_MODE", "recreate", "STORAGE_SHARES_MOUNT_ROOT", "/srv/ss/");

        assertThat(Settings.resolve(Map.of(), env).mountMode()).isEqualTo(MountMode.RECREATE);
        assertThat(Settings.resolve(Map.of("--mount-mode", "LIVE"), env).mountMode()).isEqualTo(MountMode.LIVE);
        assertThat(Settings.resolve(Map.of(), env).mountRoot()).isEqualTo("/srv/ss");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "--port, 70000, --port / STORAGE_SHARES_HTTP_PORT",
            "--port, abc, --port / STORAGE_SHARES_HTTP_PORT",
            "--mount-driver, podman, --mount-driver / STORAGE_SHARES_MOUNT_DRIVER",
            "--mount-mode, restart, --mount-mode / STORAGE_SHARES_MOUNT_MODE",
            "--mount-root, relative/dir, --mount-root / STORAGE_SHARES_MOUNT_ROOT",
            "--mount-root, /, --mount-root / STORAGE_SHARES_MOUNT_ROOT",
            "--mount-root, /srv/my shares, --mount-root / STORAGE_SHARES_MOUNT_ROOT",
            "--create-rate, -1, --create-rate / STORAGE_SHARES_CREATE_RATE_PER_MINUTE",
            "--expiry-notice, 1 day, --expiry-notice / STORAGE_SHARES_EXPIRY_NOTICE",
            "--sweep-interval, 0s, --sweep-interval / STORAGE_SHARES_SWEEP_INTERVAL",
            "--database-url, postgres://x, --database-url / STORAGE_SHARES_DATABASE_URL",
    })
    void aBadValueIsRefusedWithOneLineNamingTheSetting(String flag, String value, String named) {
        assertThatThrownBy(() -> Settings.resolve(Map.of(flag, value), Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("Invalid " + named)
                .hasMessageNotContaining("\n");
    }

    @Test
    void aShortSecretIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> Settings.resolve(Map.of(), Map.of("STORAGE_SHARES_JWT_SECRET", "too-short")))
                .hasMessageContaining("STORAGE_SHARES_JWT_SECRET").hasMessageContaining("32 bytes")
                .hasMessageNotContaining("too-short");
    }

    @Test
    void aWebhookNeedsItsSecret() {
        assertThatThrownBy(() -> Settings.resolve(Map.of(), Map.of("STORAGE_SHARES_WEBHOOK_URL", "http://127.0.0.1:9/x")))
                .hasMessageContaining("STORAGE_SHARES_WEBHOOK_SECRET");
    }
}
