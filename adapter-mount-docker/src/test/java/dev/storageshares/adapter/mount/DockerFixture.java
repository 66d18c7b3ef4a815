package dev.storageshares.adapter.mount;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Bind;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.catalog.UserId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * Real containers for the tests, started by Testcontainers from the locally built test image
 * (scripts/docker-setup.sh) and removed by {@link #removeAll()}. Recreate mode replaces a container
 * with a new one of the same name, so removal goes by name as well as by Testcontainers' own id.
 * Without an engine the tests are skipped loudly, except with CI=true, where that is a failure.
 * Registered as an extension, it checks the engine before a test class and cleans up after it.
 */
final class DockerFixture implements BeforeAllCallback, AfterAllCallback {
    static final String IMAGE = "storage-shares-test/busybox:1";
    static final String LABEL = "dev.storageshares.test";
    static final String DOCKER_HOST = Optional.ofNullable(System.getenv("DOCKER_HOST")).orElse("unix:///var/run/docker.sock");
    /** A PID 1 that stops at once on SIGTERM, so recreating a container does not wait out the stop timeout. */
    static final String[] IDLE = {"sh", "-c", "trap 'exit 0' TERM; echo idle; while true; do sleep 1; done"};
    private static final String CLI = Files.isExecutable(Path.of("/usr/bin/docker")) ? "/usr/bin/docker" : "docker";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String run = "t" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 100_000;
    private final Map<String, GenericContainer<?>> started = new LinkedHashMap<>();
    private final List<String> volumes = new ArrayList<>();
    private DockerMountDriver recreateDriver;

    @Override
    public void beforeAll(ExtensionContext context) {
        requireEngine();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        removeAll();
        if (recreateDriver != null) {
            recreateDriver.close();
            recreateDriver = null;
        }
    }

    /** The recreate-mode driver over the engine, made on first use and closed after the test class. */
    DockerMountDriver recreateDriver() {
        if (recreateDriver == null) {
            recreateDriver = new DockerMountDriver(DOCKER_HOST);
        }
        return recreateDriver;
    }

    static void requireEngine() {
        boolean answers = DockerClientFactory.instance().isDockerAvailable() && docker("image", "inspect", IMAGE).ok();
        if (!answers) {
            String why = "no Docker engine with image " + IMAGE + " at " + DOCKER_HOST + " (run scripts/docker-setup.sh)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but " + why);
            }
            System.err.println("WARNING: skipping Docker tests: " + why);
            assumeTrue(false, why);
        }
    }

    String name(String base) {
        return base + "-" + run + "-" + COUNTER.incrementAndGet();
    }

    /** A running container with a fresh named volume at {@code directory} holding {@code file}. */
    Container withVolume(String directory, String file, String content) {
        return withVolume(directory, file, content, container -> { });
    }

    /** As above; {@code settings} adds to the container's settings before it starts. */
    Container withVolume(String directory, String file, String content, Consumer<GenericContainer<?>> settings) {
        String volume = name("vol");
        volumes.add(volume);
        Container container = start(name("src"), settings.andThen(c -> c.withCreateContainerCmdModifier(
                cmd -> cmd.getHostConfig().withBinds(Bind.parse(volume + ":" + directory)))));
        exec(container.runtimeRef(), "sh", "-c", "printf '%s' '" + content + "' > " + directory + "/" + file).orThrow();
        return container;
    }

    /** A running container. */
    Container plain() {
        return start(name("dst"), container -> { });
    }

    /** A running container named {@code name}, e.g. in place of one removed behind the driver's back. */
    Container start(String name, Consumer<GenericContainer<?>> settings) {
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(IMAGE))
                .withCommand(IDLE)
                .withLabel(LABEL, run)
                .withCreateContainerCmdModifier(cmd -> cmd.withName(name))
                .waitingFor(Wait.forLogMessage("idle\\n", 1));
        settings.accept(container);
        started.put(name, container);
        container.start();
        return container(name);
    }

    static Container container(String runtimeRef) {
        return new Container(new ContainerId(runtimeRef), new RealmId("r1"), new ProjectId("p1"), new UserId("u"),
                runtimeRef, runtimeRef);
    }

    static Optional<String> read(Container container, String path) {
        Result result = exec(container.runtimeRef(), "cat", path);
        return result.ok() ? Optional.of(result.output()) : Optional.empty();
    }

    static boolean write(Container container, String path, String content) {
        return exec(container.runtimeRef(), "sh", "-c", "printf '%s' '" + content + "' > " + path).ok();
    }

    static String inspect(Container container, String format) {
        return docker("inspect", "--format", format, container.runtimeRef()).orThrow().trim();
    }

    static Result exec(String container, String... command) {
        List<String> args = new ArrayList<>(List.of("exec", container));
        args.addAll(List.of(command));
        return docker(args.toArray(String[]::new));
    }

    /** Removes what this fixture started, also where the driver replaced it by a container of the same name. */
    void removeAll() {
        DockerClient client = DockerClientFactory.instance().client();
        started.forEach((name, container) -> {
            container.stop();
            try {
                client.removeContainerCmd(name).withForce(true).withRemoveVolumes(true).exec();
            } catch (NotFoundException gone) {
                // Testcontainers removed it already: the driver did not replace it.
            }
        });
        started.clear();
        volumes.forEach(volume -> docker("volume", "rm", "-f", volume));
        volumes.clear();
    }

    record Result(int exit, String output) {
        boolean ok() {
            return exit == 0;
        }

        String orThrow() {
            if (exit != 0) {
                throw new IllegalStateException("docker failed (" + exit + "): " + output);
            }
            return output;
        }
    }

    static Result docker(String... args) {
        List<String> command = new ArrayList<>();
        command.add(CLI);
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out: " + command);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
