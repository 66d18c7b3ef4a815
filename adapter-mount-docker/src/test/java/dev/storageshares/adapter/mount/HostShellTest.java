package dev.storageshares.adapter.mount;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostShellTest {

    @Test
    void scriptsRunOneAfterAnotherInOneShellEachWithItsOwnOutputAndStatus() {
        try (HostShell shell = HostShell.local()) {
            HostShell.Result first = shell.run("X=1; echo one; printf 'no newline'");
            HostShell.Result failing = shell.run("echo two >&2; exit 3");
            HostShell.Result after = shell.run("echo \"${X:-unset}\"; read line; echo \"read: $line\"");

            assertThat(first.exit()).isZero();
            assertThat(first.output().trim()).isEqualTo("one\nno newline");
            assertThat(failing.exit()).isEqualTo(3);
            assertThat(failing.output().trim()).isEqualTo("two");
            assertThat(after.exit()).isZero();
            assertThat(after.output()).startsWith("unset\nread: \n");
        }
    }

    @Test
    void aShellThatWasClosedIsStartedAgainForTheNextScript() {
        try (HostShell shell = HostShell.local()) {
            shell.run("true");
            shell.close();
            HostShell.Result again = shell.run("echo again");

            assertThat(again.exit()).isZero();
            assertThat(again.output().trim()).isEqualTo("again");
        }
    }
}
