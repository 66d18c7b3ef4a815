package dev.storageshares.adapter.mount;

import dev.storageshares.application.contract.MountDriverContract;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.mount.MountDriver;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class DockerMountDriverContractTest extends MountDriverContract {
    private static final DockerFixture FIXTURE = new DockerFixture();
    private static DockerMountDriver driver;

    @BeforeAll
    static void engine() {
        DockerFixture.requireEngine();
        driver = new DockerMountDriver(DockerFixture.DOCKER_HOST);
    }

    @AfterAll
    static void cleanUp() {
        FIXTURE.removeAll();
        if (driver != null) {
            driver.close();
        }
    }

    @Override
    protected MountDriver driver() {
        return driver;
    }

    @Override
    protected Container sourceWithFile(String directory, String file, String content) {
        return FIXTURE.withVolume(directory, file, content);
    }

    @Override
    protected Container target() {
        return FIXTURE.plain();
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
        return DockerFixture.inspect(container, "{{.Id}}");
    }
}
