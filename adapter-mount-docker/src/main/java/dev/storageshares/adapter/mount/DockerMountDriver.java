package dev.storageshares.adapter.mount;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.mount.MountDriver;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountSpec;
import dev.storageshares.domain.share.Mode;
import dev.storageshares.domain.share.ShareId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recreate mode: each share becomes a bind of the source's host directory at
 * /mnt/shares/&lt;share id&gt; in the target ({@code ro} for readonly). A target already holding
 * exactly the wanted binds is left alone; otherwise it is recreated with them. The fallback for
 * hosts where {@link LiveMountDriver} cannot mount.
 */
public final class DockerMountDriver implements MountDriver, AutoCloseable {
    private final DockerClient docker;
    private final SourceResolver sources;
    private final ContainerRecreator recreator;

    public DockerMountDriver(String dockerHost) {
        this.docker = DockerClients.connect(dockerHost, Duration.ofSeconds(60));
        this.sources = new SourceResolver(new ContainerFacts(docker));
        this.recreator = new ContainerRecreator(docker);
    }

    /** Whether a Docker engine answers at {@code dockerHost} within a few seconds. */
    public static boolean engineAnswers(String dockerHost) {
        try (DockerClient client = DockerClients.connect(dockerHost, Duration.ofSeconds(3))) {
            client.pingCmd().exec();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public Map<ShareId, MountOutcome> apply(Container target, List<MountSpec> desired) {
        Map<ShareId, MountOutcome> outcomes = new LinkedHashMap<>();
        Map<ShareId, ManagedBind> binds = new LinkedHashMap<>();
        sources.resolveAll(desired, outcomes).forEach((spec, hostPath) -> binds.put(spec.shareId(),
                ManagedBind.share(hostPath, spec.mountPath(), spec.mode() == Mode.READONLY)));
        try {
            InspectContainerResponse current = docker.inspectContainerCmd(target.runtimeRef()).exec();
            if (!managedBinds(current).equals(new HashSet<>(binds.values()))) {
                recreator.recreate(current, List.copyOf(binds.values()));
            }
            binds.keySet().forEach(share -> outcomes.put(share, MountOutcome.applied()));
        } catch (NotFoundException e) {
            binds.keySet().forEach(share -> outcomes.put(share,
                    MountOutcome.failed("target container " + target.runtimeRef() + " does not exist in Docker")));
        } catch (RuntimeException e) {
            binds.keySet().forEach(share -> outcomes.put(share,
                    MountOutcome.failed("could not mount into " + target.runtimeRef() + ": " + e.getMessage())));
        }
        return outcomes;
    }

    private static Set<ManagedBind> managedBinds(InspectContainerResponse container) {
        if (container.getHostConfig() == null || container.getHostConfig().getBinds() == null) {
            return Set.of();
        }
        Set<ManagedBind> managed = new HashSet<>();
        Arrays.stream(container.getHostConfig().getBinds()).filter(ManagedBind::isManaged).map(ManagedBind::of)
                .forEach(managed::add);
        return managed;
    }

    @Override
    public void close() {
        try {
            docker.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
