package dev.storageshares.domain.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.ShareException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourcePathTest {

    @ParameterizedTest(name = "{0} is accepted as {1}")
    @CsvSource({
            "/data, /data",
            "/data/, /data",
            "//data//x/, /data/x",
            "/home/app/shared-data, /home/app/shared-data",
            "/etc/app/config, /etc/app/config",
            "/opt/shared-libs, /opt/shared-libs",
            "/var/log/app, /var/log/app",
            "/process, /process",
            "/devices, /devices",
            "/var/running, /var/running",
            "/runtime, /runtime",
            "/sysadmin, /sysadmin",
            "/bootstrap, /bootstrap",
            "/var/runner/x, /var/runner/x",
            "/data/proc, /data/proc",
            "/srv/sys/dev, /srv/sys/dev",
            "/var, /var",
            "/a/.hidden, /a/.hidden",
            "/a/file.txt, /a/file.txt",
            "/a/b_c-d.e, /a/b_c-d.e",
            "/A/Z/0/9, /A/Z/0/9",
            "/data///deep////path//, /data/deep/path",
            "/.config, /.config",
            "/x, /x",
    })
    void acceptsAndCanonicalises(String raw, String canonical) {
        assertThat(SourcePath.of(raw).value()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} is rejected")
    @ValueSource(strings = {
            "", "data", "relative/path", "/", "//", "///",
            "/proc", "/proc/1", "/proc/self/environ", "/sys", "/sys/kernel", "/dev", "/dev/sda", "/boot",
            "/boot/grub", "/run", "/run/secrets", "/var/run", "/var/run/docker.sock", "//proc//1", "/proc/",
            "/var//run", "/data/..", "/data/../etc", "/..", "/a/b/../../proc", "/a..b", "/data/./x", "/.", "/data/.",
            "/%2e%2e/etc", "/data%2Fx", "/data x", "/data\tx", "/dätä", "/data\u0000x", "/data\\x", "/data:x",
            "/data*", "/~root", "/data?x", "/data#x", "/$HOME",
    })
    void rejectsWithInvalidPath(String raw) {
        assertThatThrownBy(() -> SourcePath.of(raw))
                .isInstanceOfSatisfying(ShareException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PATH));
    }

    @Test
    void rejectsPathsLongerThan4096Characters() {
        String longest = "/" + "a".repeat(4095);
        assertThat(SourcePath.of(longest).value()).hasSize(4096);
        assertThatThrownBy(() -> SourcePath.of(longest + "a")).hasMessageContaining("4096");
    }

    @Test
    void namesTheBrokenRuleInTheMessage() {
        assertThatThrownBy(() -> SourcePath.of("/proc/1")).hasMessageContaining("/proc");
        assertThatThrownBy(() -> SourcePath.of("/a/../b")).hasMessageContaining("traversal");
        assertThatThrownBy(() -> SourcePath.of("/a b")).hasMessageContaining("a-z A-Z 0-9");
        assertThatThrownBy(() -> SourcePath.of("a")).hasMessageContaining("absolute");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> SourcePath.of(null)).isInstanceOf(ShareException.class);
    }

    @Test
    void comparesContainmentOnWholeSegments() {
        SourcePath path = SourcePath.of("/data/app/logs");
        assertThat(path.isWithin("/data")).isTrue();
        assertThat(path.isWithin("/data/app/logs")).isTrue();
        assertThat(path.isWithin("/data/ap")).isFalse();
        assertThat(path.isWithin("/")).isTrue();
    }
}
