package dev.storageshares.adapter.mount;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountSpec;
import dev.storageshares.domain.share.ShareId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds where a source container's directory lives on the host: through the container's own mount
 * (volume or bind) whose destination contains the path, longest destination first. A path in the
 * image layer has no host directory another container could bind, so it cannot be shared.
 */
final class SourceResolver {
    private final ContainerFacts containers;

    SourceResolver(ContainerFacts containers) {
        this.containers = containers;
    }

    /** The host path, or a failure a user can act on. */
    sealed interface Resolution {
    }

    record HostPath(String path) implements Resolution {
    }

    record Unresolvable(String reason) implements Resolution {
    }

    /**
     * Resolves every spec: the host paths of those that can be shared, in order; a failed outcome in
     * {@code failures} for the others. Each source container is looked up once, however many of its
     * directories are shared.
     */
    Map<MountSpec, String> resolveAll(List<MountSpec> specs, Map<ShareId, MountOutcome> failures) {
        Map<MountSpec, String> resolved = new LinkedHashMap<>();
        Map<String, Optional<InspectContainerResponse>> sources = new HashMap<>();
        for (MountSpec spec : specs) {
            Resolution resolution = resolve(spec, sources.computeIfAbsent(spec.source().runtimeRef(), this::inspect));
            if (resolution instanceof HostPath host) {
                resolved.put(spec, host.path());
            } else {
                failures.put(spec.shareId(), MountOutcome.failed(((Unresolvable) resolution).reason()));
            }
        }
        return resolved;
    }

    private Optional<InspectContainerResponse> inspect(String ref) {
        try {
            return Optional.of(containers.inspect(ref));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Resolution resolve(MountSpec spec, Optional<InspectContainerResponse> found) {
        String ref = spec.source().runtimeRef();
        if (found.isEmpty()) {
            return new Unresolvable("source container " + ref + " does not exist in Docker");
        }
        InspectContainerResponse source = found.get();
        if (source.getState() == null || !Boolean.TRUE.equals(source.getState().getRunning())) {
            return new Unresolvable("source container " + ref + " is not running");
        }
        String path = spec.sourcePath().value();
        List<InspectContainerResponse.Mount> mounts = source.getMounts() == null ? List.of() : source.getMounts();
        return mounts.stream()
                .filter(mount -> mount.getDestination() != null && mount.getSource() != null)
                .filter(mount -> spec.sourcePath().isWithin(mount.getDestination().getPath()))
                .max(Comparator.comparingInt(mount -> mount.getDestination().getPath().length()))
                .<Resolution>map(mount -> new HostPath(hostPath(mount, path)))
                .orElseGet(() -> new Unresolvable(path + " is not on a volume or bind mount of container " + ref
                        + "; only volume-backed paths can be shared"));
    }

    private static String hostPath(InspectContainerResponse.Mount mount, String path) {
        String destination = mount.getDestination().getPath();
        String remainder = path.substring(destination.equals("/") ? 0 : destination.length());
        String source = Objects.requireNonNull(mount.getSource());
        return remainder.isEmpty() ? source : source.replaceAll("/+$", "") + remainder;
    }
}
