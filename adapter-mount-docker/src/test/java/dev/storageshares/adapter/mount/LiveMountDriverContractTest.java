package dev.storageshares.adapter.mount;

import dev.storageshares.application.contract.MountDriverContract;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.mount.MountDriver;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The live mode keeps the same promises as the recreate mode ({@link DockerMountDriverContractTest}). */
class LiveMountDriverContractTest extends MountDriverContract {
    private static LiveFixture fixture;
    private static LiveMountDriver driver;

    @BeforeAll
    static void engine() {
        start(false);
    }

    /** @param throughShell mount with {@code mount} commands in a shell, as a server in a container does */
    static void start(boolean throughShell) {
        DockerFixture.requireEngine();
        fixture = new LiveFixture();
        driver = throughShell
                ? new LiveMountDriver(DockerFixture.DOCKER_HOST, fixture.root(),
                        new ShellMounts(fixture.root(), HostShell.local()), HostView.SAME_NAMESPACE)
                : new LiveMountDriver(DockerFixture.DOCKER_HOST, fixture.root());
    }

    @AfterAll
    static void cleanUp() {
        if (driver != null) {
            driver.close();
        }
        if (fixture != null) {
            fixture.close();
        }
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
