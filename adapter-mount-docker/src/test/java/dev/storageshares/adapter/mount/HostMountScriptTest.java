package dev.storageshares.adapter.mount;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HostMountScriptTest {

    @Test
    void theReportSaysWhichSharesCouldNotBeMountedAndWhy() {
        HostMountScript.Report report = HostMountScript.parse(new HostShell.Result(0, """
                fail s2 the source directory /x does not exist on the host
                some stray output
                """));

        assertThat(report.ok()).isTrue();
        assertThat(report.failures()).containsExactlyEntriesOf(
                java.util.Map.of("s2", "the source directory /x does not exist on the host"));
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
                new HostMounts.Wanted("s1", "/var/lib/docker/volumes/it's here/_data", true)), Set.of());

        assertThat(script).contains("want 's1' '/var/lib/docker/volumes/it'\\''s here/_data' ro");
        assertThat(script).contains("gone 'old'").contains("R='/srv/ss'; ID='web-2'");
    }

    @Test
    void onlyAShareMountedBeforeIsUnmountedBeforeItIsMountedAgain() {
        List<HostMounts.Wanted> wanted = List.of(new HostMounts.Wanted("s1", "/v/a", true),
                new HostMounts.Wanted("s2", "/v/b", false));

        String script = HostMountScript.change("/srv/ss", "web-2", Set.of(), wanted, Set.of("s2"));

        assertThat(script).contains("detach \"$T\"/'s2'").doesNotContain("detach \"$T\"/'s1'");
    }
}
