package dev.storageshares.adapter.mount;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.PropagationMode;
import com.github.dockerjava.api.model.SELContext;
import com.github.dockerjava.api.model.Volume;
import dev.storageshares.domain.catalog.Container;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Containers and a private mount root for the live-mode tests. Containers are started through
 * Testcontainers from the local test image; the mount root is a fresh temp directory whose host
 * mounts {@link #close()} unmounts before deleting it, along with every container it started (and
 * any the driver recreated from them, found by label).
 */
final class LiveFixture implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final String run = "live" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 100_000;
    private final List<GenericContainer<?>> started = new ArrayList<>();
    private final Path root;
    private final Path sources;

    LiveFixture() {
        try {
            root = Files.createTempDirectory("storage-shares-live-");
            sources = Files.createTempDirectory("storage-shares-live-src-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String root() {
        return root.toString();
    }

    String name(String base) {
        return base + "-" + run + "-" + COUNTER.incrementAndGet();
    }

    /** A running target that was started with its propagation mount, as the platform is asked to. */
    Container target() {
        String name = name("dst");
        return start(name, new Bind(root + "/targets/" + name, new Volume("/mnt/shares"), AccessMode.rw,
                SELContext.DEFAULT, null, PropagationMode.RSLAVE));
    }

    /** A running target without the propagation mount (made before the live mode, or by hand). */
    Container plainTarget(String... labels) {
        return start(name("dst"), null, labels);
    }

    /** A running source whose {@code /data} is a host directory holding {@code file}. */
    Container source(String file, String content) {
        return source("/data", file, content);
    }

    /** A running source whose {@code directory} is a host directory (a bind) holding {@code file}. */
    Container source(String directory, String file, String content) {
        String name = name("src");
        Path data = sources.resolve(name);
        try {
            Files.createDirectories(data);
            Files.writeString(data.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(name, new Bind(data.toString(), new Volume(directory)));
    }

    /** Writes {@code content} to {@code relativePath} under the host directory behind the source's mount. */
    void writeInSource(Container source, String relativePath, String content) {
        Path file = sources.resolve(source.runtimeRef()).resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Container start(String name, Bind bind, String... labels) {
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(DockerFixture.IMAGE))
                .withCommand(DockerFixture.IDLE)
                .withLabel(DockerFixture.LABEL, run)
                .withCreateContainerCmdModifier(cmd -> {
                    cmd.withName(name);
                    if (bind != null) {
                        cmd.getHostConfig().withBinds(bind);
                    }
                });
        for (int i = 0; i + 1 < labels.length; i += 2) {
            container.withLabel(labels[i], labels[i + 1]);
        }
        started.add(container);
        container.start();
        return DockerFixture.container(name);
    }

    /** Id, start time and main PID: all three stay the same unless the container was restarted or replaced. */
    static String identity(Container container) {
        InspectContainerResponse inspect = DockerClientFactory.instance().client()
                .inspectContainerCmd(container.runtimeRef()).exec();
        return inspect.getId() + " " + inspect.getState().getStartedAt() + " " + inspect.getState().getPidLong();
    }

    /** The error text a write inside the container printed, or empty when the write worked. */
    static String writeError(Container container, String path) {
        DockerFixture.Result result = DockerFixture.exec(container.runtimeRef(), "sh", "-c", "echo x > " + path);
        return result.ok() ? "" : result.output();
    }

    /** The host's mount points under the target's directory of the root. */
    List<String> hostMountsOf(Container target) {
        String dir = root + "/targets/" + target.id().value();
        try {
            return Files.readAllLines(Path.of("/proc/self/mountinfo")).stream().map(line -> line.split(" ")[4])
                    .filter(point -> point.equals(dir) || point.startsWith(dir + "/")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unmounts the share mounts under the root behind the server's back, as a reboot would. */
    void unmountEverythingOnTheHost() {
        HostShell.Result result = onTheHost(HostMountScript.header(root.toString(), "x")
                + "for m in $(awk -v p=\"$R/\" 'index($5,p)==1 {print $5}' /proc/self/mountinfo | sort -r); do"
                + " umount -l \"$m\"; done");
        if (result.exit() != 0) {
            throw new IllegalStateException("could not unmount under " + root + ": " + result.output());
        }
    }

    @Override
    public void close() {
        started.forEach(GenericContainer::stop);
        // Containers the driver recreated have new ids Testcontainers does not know; they keep the label.
        DockerFixture.Result left = DockerFixture.docker("ps", "-aq", "--filter", "label=" + DockerFixture.LABEL + "=" + run);
        for (String id : left.output().split("\\s+")) {
            if (!id.isBlank()) {
                DockerFixture.docker("rm", "-f", id);
            }
        }
        HostShell.Result result = onTheHost(HostMountScript.header(root.toString(), "x")
                + "for m in $(awk -v p=\"$R\" '$5==p || index($5,p\"/\")==1 {print $5}' /proc/self/mountinfo"
                + " | sort -r); do umount -l \"$m\"; done; rm -f \"$R/.root.lock\""
                // rmdir, never rm -r: should a mount have survived, the share's source must not be emptied
                + " && find \"$R\" -depth -type d -exec rmdir {} + && rm -rf " + HostMountScript.quote(sources.toString()));
        if (result.exit() != 0) {
            throw new IllegalStateException("could not clean up " + root + ": " + result.output());
        }
    }

    private static HostShell.Result onTheHost(String script) {
        try (HostShell shell = HostShell.local()) {
            return shell.run(script);
        }
    }
}
