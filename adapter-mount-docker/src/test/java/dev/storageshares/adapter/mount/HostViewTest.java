package dev.storageshares.adapter.mount;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostViewTest {
    @TempDir
    Path dir;

    @Test
    void readsTheRootsPropagationTheTargetsMountsAndWhichDirectoriesAreTheSame() throws IOException {
        String root = dir + "/root";
        String target = root + "/targets/web-2";
        Files.createDirectories(Path.of(target, "s1"));
        Files.createDirectories(Path.of(target, "s2"));
        Path table = Files.writeString(dir.resolve("mountinfo"), String.join("\n",
                "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw",
                "40 22 8:1 /root " + root + " rw,relatime shared:7 - ext4 /dev/sda1 rw",
                "41 40 8:1 /v/a " + target + "/s1 ro,relatime shared:7 - ext4 /dev/sda1 rw",
                "42 40 8:1 /v/b " + target + "/s2/deeper rw,relatime shared:7 - ext4 /dev/sda1 rw",
                "43 40 8:1 /v/c " + root + "/targets/web-20/s3 rw,relatime shared:7 - ext4 /dev/sda1 rw", ""));

        HostView.Observation seen = new HostView(table.toString(), "")
                .observe(root, target, List.of(target + "/s1", dir + "/missing"), 0);

        assertThat(seen.root()).isEqualTo("shared");
        assertThat(seen.mounts()).containsExactlyEntriesOf(java.util.Map.of("s1", true));
        assertThat(seen.ids()).containsOnlyKeys(target + "/s1", target + "/s2");
        assertThat(seen.targetInspected()).isFalse();
    }

    @Test
    void aRootThatIsNoMountPointIsAbsentAndARunningTargetIsLookedInto() throws IOException {
        Path table = Files.writeString(dir.resolve("mountinfo"), "22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw\n");

        HostView.Observation seen = new HostView(table.toString(), "")
                .observe(dir + "/root", dir + "/root/targets/t", List.of(), ProcessHandle.current().pid());

        assertThat(seen.root()).isEqualTo("absent");
        assertThat(seen.mounts()).isEmpty();
        assertThat(seen.targetInspected()).isTrue();
    }
}
