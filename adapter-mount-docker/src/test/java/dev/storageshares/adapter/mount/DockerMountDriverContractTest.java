package dev.storageshares.adapter.mount;

import dev.storageshares.application.contract.MountDriverContract;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.mount.MountDriver;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;

class DockerMountDriverContractTest extends MountDriverContract {
    @RegisterExtension
    static final DockerFixture FIXTURE = new DockerFixture();

    @Override
    protected MountDriver driver() {
        return FIXTURE.recreateDriver();
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
