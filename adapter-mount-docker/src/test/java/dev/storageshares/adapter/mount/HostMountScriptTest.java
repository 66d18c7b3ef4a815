package dev.storageshares.adapter.mount;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HostMountScriptTest {

    @Test
    void theReportSaysWhatIsMountedWhereFromAndWhatTheTargetSees() {
        HostMountScript.Report report = HostMountScript.parse(new HostShell.Result(0, """
                mnt s1 ro
                root shared
                id 65024:17 /r/targets/web-2/s1
                id 65024:17 /var/lib/docker/volumes/v one/_data
                fail s2 the source directory /x does not exist on the host
                inspected
                visible s1
                """));

        assertThat(report.ok()).isTrue();
        assertThat(report.root()).isEqualTo("shared");
        assertThat(report.mounts()).containsExactlyEntriesOf(java.util.Map.of("s1", true));
        assertThat(report.ids()).containsEntry("/var/lib/docker/volumes/v one/_data", "65024:17");
        assertThat(report.failures().get("s2")).isEqualTo("the source directory /x does not exist on the host");
        assertThat(report.visibleInTarget()).containsExactly("s1");
        assertThat(report.targetInspected()).isTrue();
    }

    @Test
    void aFailedRootOrAShellThatDiedIsAnError() {
        assertThat(HostMountScript.parse(new HostShell.Result(1, "error cannot make /r a shared mount: denied\n")).error())
                .isEqualTo("cannot make /r a shared mount: denied");
        assertThat(HostMountScript.parse(new HostShell.Result(127, "sh: nsenter: not found")).error())
                .isEqualTo("sh: nsenter: not found");
    }

    @Test
    void everyValueReachesTheShellAsOneLiteralWord() {
        String script = HostMountScript.change("/srv/ss", "web-2", Set.of("old"), List.of(
                new HostMountScript.Wanted("s1", "/var/lib/docker/volumes/it's here/_data", true)), false, 0);

        assertThat(script).contains("want 's1' '/var/lib/docker/volumes/it'\\''s here/_data' ro");
        assertThat(script).contains("gone 'old'").contains("R='/srv/ss'; ID='web-2'").doesNotContain("/proc/0/");
    }
}
