package dev.storageshares.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.mount.MountDriver;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountSpec;
import dev.storageshares.domain.mount.MountState;
import dev.storageshares.domain.share.Mode;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.SourcePath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What any {@code MountDriver} must do to real containers. The subclass provides the driver and a
 * way to make and look into containers of its runtime.
 */
public abstract class MountDriverContract {

    protected abstract MountDriver driver();

    /** A running container whose {@code directory} is backed by a volume holding {@code file}. */
    protected abstract Container sourceWithFile(String directory, String file, String content);

    /** A running container with nothing shared into it. */
    protected abstract Container target();

    /** The file's content as seen inside the container, or empty when it cannot be read. */
    protected abstract Optional<String> read(Container container, String path);

    /** Whether writing the file inside the container succeeded. */
    protected abstract boolean write(Container container, String path, String content);

    /** Something that changes when the runtime replaces the container (for Docker: its id). */
    protected abstract String identity(Container container);

    private static MountSpec spec(Container source, String path, Mode mode) {
        ShareId id = ShareId.generate(Instant.now());
        return new MountSpec(id, source, SourcePath.of(path), Share.MOUNT_ROOT + id.value(), mode);
    }

    @Test
    void anAppliedShareIsReadableAtItsMountPathAndReadonlyRefusesWrites() {
        Container source = sourceWithFile("/data/reports", "today.txt", "hello");
        Container target = target();
        MountSpec spec = spec(source, "/data/reports", Mode.READONLY);

        Map<ShareId, MountOutcome> outcomes = driver().apply(target, List.of(spec));

        assertThat(outcomes).containsEntry(spec.shareId(), MountOutcome.applied());
        assertThat(read(target, spec.mountPath() + "/today.txt")).contains("hello");
        assertThat(write(target, spec.mountPath() + "/new.txt", "x")).isFalse();
    }

    @Test
    void aReadwriteShareCarriesWritesBackToTheSource() {
        Container source = sourceWithFile("/data", "a.txt", "a");
        Container target = target();
        MountSpec spec = spec(source, "/data", Mode.READWRITE);

        driver().apply(target, List.of(spec));

        assertThat(write(target, spec.mountPath() + "/from-target.txt", "written")).isTrue();
        assertThat(read(source, "/data/from-target.txt")).contains("written");
    }

    @Test
    void applyingTheSameMountsAgainLeavesTheContainerAlone() {
        Container source = sourceWithFile("/data", "a.txt", "a");
        Container target = target();
        List<MountSpec> specs = List.of(spec(source, "/data", Mode.READONLY));
        driver().apply(target, specs);
        String before = identity(target);

        driver().apply(target, specs);

        assertThat(identity(target)).isEqualTo(before);
    }

    @Test
    void applyingNoMountsRemovesTheShares() {
        Container source = sourceWithFile("/data", "a.txt", "a");
        Container target = target();
        MountSpec spec = spec(source, "/data", Mode.READONLY);
        driver().apply(target, List.of(spec));

        assertThat(driver().apply(target, List.of())).isEmpty();

        assertThat(read(target, spec.mountPath() + "/a.txt")).isEmpty();
    }

    @Test
    void aPathOutsideEveryVolumeFailsWithAReasonAndOtherSharesStillApply() {
        Container source = sourceWithFile("/data", "a.txt", "a");
        Container target = target();
        MountSpec imageLayer = spec(source, "/etc", Mode.READONLY);
        MountSpec fine = spec(source, "/data", Mode.READONLY);

        Map<ShareId, MountOutcome> outcomes = driver().apply(target, List.of(imageLayer, fine));

        assertThat(outcomes.get(imageLayer.shareId()).state()).isEqualTo(MountState.FAILED);
        assertThat(outcomes.get(imageLayer.shareId()).message()).contains("/etc").contains("volume");
        assertThat(outcomes.get(fine.shareId())).isEqualTo(MountOutcome.applied());
    }
}
