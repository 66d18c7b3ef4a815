package dev.storageshares.adapter.mount;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real containers for the tests, made with the docker CLI from the locally built test image
 * (scripts/docker-setup.sh). Everything it makes is labelled and removed by {@link #removeAll()}.
 * Without an engine the tests are skipped loudly, except with CI=true, where that is a failure.
 */
final class DockerFixture {
    static final String IMAGE = "storage-shares-test/busybox:1";
    static final String LABEL = "dev.storageshares.test";
    static final String DOCKER_HOST = Optional.ofNullable(System.getenv("DOCKER_HOST")).orElse("unix:///var/run/docker.sock");
    /** A PID 1 that stops at once on SIGTERM, so recreating a container does not wait out the stop timeout. */
    static final String[] IDLE = {"sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"};
    private static final String CLI = Files.isExecutable(Path.of("/usr/bin/docker")) ? "/usr/bin/docker" : "docker";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String run = "t" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 100_000;
    private final List<String> volumes = new ArrayList<>();

    static void requireEngine() {
        boolean answers = DockerMountDriver.engineAnswers(DOCKER_HOST) && docker("image", "inspect", IMAGE).ok();
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
    Container withVolume(String directory, String file, String content, String... extraRunArgs) {
        String name = name("src");
        String volume = name + "-vol";
        volumes.add(volume);
        List<String> args = new ArrayList<>(List.of("run", "-d", "--name", name, "--label", LABEL + "=" + run,
                "-v", volume + ":" + directory));
        args.addAll(List.of(extraRunArgs));
        args.add(IMAGE);
        args.addAll(List.of(IDLE));
        docker(args.toArray(String[]::new)).orThrow();
        exec(name, "sh", "-c", "printf '%s' '" + content + "' > " + directory + "/" + file).orThrow();
        return container(name);
    }

    /** A running container; {@code runArgs} go to docker run before the image. */
    Container plain(String... runArgs) {
        String name = name("dst");
        List<String> args = new ArrayList<>(List.of("run", "-d", "--name", name, "--label", LABEL + "=" + run));
        args.addAll(List.of(runArgs));
        args.add(IMAGE);
        args.addAll(List.of(IDLE));
        docker(args.toArray(String[]::new)).orThrow();
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

    void removeAll() {
        Result listed = docker("ps", "-aq", "--filter", "label=" + LABEL + "=" + run);
        for (String id : listed.output().split("\\s+")) {
            if (!id.isBlank()) {
                docker("rm", "-f", "-v", id);
            }
        }
        volumes.forEach(volume -> docker("volume", "rm", "-f", volume));
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
