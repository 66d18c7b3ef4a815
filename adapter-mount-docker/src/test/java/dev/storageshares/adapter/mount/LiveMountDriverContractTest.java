package dev.storageshares.adapter.mount;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.contract.MountDriverContract;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.mount.MountDriver;
import dev.storageshares.domain.mount.MountSpec;
import dev.storageshares.domain.share.Mode;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.SourcePath;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The live mode keeps the same promises as the recreate mode ({@link DockerMountDriverContractTest}),
 * and one more: a container released from the catalog leaves nothing on the host.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveMountDriverContractTest extends MountDriverContract {
    private LiveFixture fixture;
    private LiveMountDriver driver;

    /** Whether the mounts are made by {@code mount} commands in a shell, as a server in a container makes them. */
    boolean throughShell() {
        return false;
    }

    @BeforeAll
    void engine() {
        DockerFixture.requireEngine();
        fixture = new LiveFixture();
        driver = throughShell()
                ? new LiveMountDriver(DockerFixture.DOCKER_HOST, fixture.root(),
                        new ShellMounts(fixture.root(), HostShell.local()), HostView.SAME_NAMESPACE)
                : new LiveMountDriver(DockerFixture.DOCKER_HOST, fixture.root());
    }

    @AfterAll
    void cleanUp() {
        if (driver != null) {
            driver.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aReleasedTargetKeepsNothingUnderTheMountRoot() {
        Container source = fixture.source("/data", "f.txt", "x");
        Container target = fixture.target();
        ShareId id = ShareId.generate(Instant.now());
        driver.apply(target, List.of(new MountSpec(id, source, SourcePath.of("/data"), Share.MOUNT_ROOT + id.value(),
                Mode.READONLY)));
        assertThat(fixture.hostMountsOf(target)).hasSize(1);

        driver.release(target.id());

        assertThat(fixture.hostMountsOf(target)).isEmpty();
        assertThat(Path.of(fixture.root(), "targets", target.id().value())).doesNotExist();
        assertThat(read(target, Share.MOUNT_ROOT + id.value() + "/f.txt")).isEmpty();
    }

    @Override
    protected MountDriver driver() {
        return driver;
    }

    @Override
    protected Container sourceWithFile(String directory, String file, String content) {
        return fixture.source(directory, file, content);
    }

    @Override
    protected Container target() {
        return fixture.target();
    }

    @Override
    protected Optional<String> read(Container container, String path) {
        return DockerFixture.read(container, path);
    }

    @Override
    protected boolean write(Container container, String path, String content) {
        return DockerFixture.write(container, path, content);
    }

    @Override
    protected String identity(Container container) {
        return LiveFixture.identity(container);
    }
}
