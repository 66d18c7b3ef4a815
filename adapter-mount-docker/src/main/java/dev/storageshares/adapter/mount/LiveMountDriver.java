package dev.storageshares.adapter.mount;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.BindPropagation;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountDriver;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountSpec;
import dev.storageshares.domain.mount.MountState;
import dev.storageshares.domain.share.Mode;
import dev.storageshares.domain.share.ShareId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live mode: shares appear in and disappear from a running target without restarting it. Each
 * target has one propagation mount, host {@code <mount root>/targets/<catalog id>} at
 * {@code /mnt/shares} ({@code rslave}); a share is bind-mounted on the host under that directory and
 * the kernel carries the mount into the container. A target without the propagation mount is
 * recreated once to gain it, unless its label {@value #NO_RECREATE_LABEL}={@code never} forbids that.
 */
public final class LiveMountDriver implements MountDriver, AutoCloseable {
    /** Set to {@code never} on a container that must never be recreated by the driver. */
    public static final String NO_RECREATE_LABEL = "dev.storageshares.recreate";
    private static final Logger LOG = LoggerFactory.getLogger(LiveMountDriver.class);
    private static final Set<BindPropagation> RECEIVING = Set.of(BindPropagation.R_SLAVE, BindPropagation.SLAVE,
            BindPropagation.R_SHARED, BindPropagation.SHARED);

    private final DockerClient docker;
    private final ContainerFacts containers;
    private final SourceResolver sources;
    private final ContainerRecreator recreator;
    private final HostMounts host;
    private final HostView view;
    private final String root;

    /** @param mountRoot absolute host directory that holds every target's mounts */
    public LiveMountDriver(String dockerHost, String mountRoot) {
        this(dockerHost, trimmed(mountRoot), HostMounts.forThisProcess(trimmed(mountRoot)),
                HostShell.insideHostNamespace() ? HostView.SAME_NAMESPACE : HostView.THROUGH_PID_1);
    }

    /** With the given way of mounting, seen through {@code view}; tests use it to run the shell on the host. */
    LiveMountDriver(String dockerHost, String mountRoot, HostMounts host, HostView view) {
        this.docker = DockerClients.connect(dockerHost, Duration.ofSeconds(60));
        this.containers = new ContainerFacts(docker);
        this.sources = new SourceResolver(containers);
        this.recreator = new ContainerRecreator(docker);
        this.host = host;
        this.view = view;
        this.root = mountRoot;
        prepareRoot();
    }

    private static String trimmed(String mountRoot) {
        return mountRoot.replaceAll("(.)/+$", "$1");
    }

    /**
     * Targets can only be started with their propagation mount once the root is a shared mount, so
     * it is made one at start-up; a failure is only logged, and every share then fails with it.
     */
    private void prepareRoot() {
        try {
            host.prepareRoot("");
            LOG.info("Mount root {} is a shared mount; start targets with -v {}/targets/<container id>:/mnt/shares:rslave",
                    root, root);
        } catch (HostMounts.HostMountException e) {
            LOG.warn("Live mounts will fail: cannot prepare the mount root {}: {} (run as root on the Docker host, "
                    + "or choose --mount-mode recreate)", root, e.getMessage());
        }
    }

    @Override
    public Map<ShareId, MountOutcome> apply(Container target, List<MountSpec> desired) {
        Map<ShareId, MountOutcome> outcomes = new LinkedHashMap<>();
        Map<MountSpec, String> resolved = sources.resolveAll(desired, outcomes);
        try {
            String id = target.id().value();
            if (id.equals(".") || id.equals("..")) {
                throw new MountFailure("container id " + id + " cannot name a directory under the mount root");
            }
            InspectContainerResponse current = containers.inspect(target.runtimeRef());
            boolean recreated = false;
            if (!hasPropagationMount(current, id)) {
                if (resolved.isEmpty()) {
                    return outcomes; // nothing to mount, and nothing of ours can be inside without the mount
                }
                current = recreateWithPropagationMount(current, id, "it has no propagation mount");
                recreated = true;
            }
            List<HostMounts.Wanted> wanted = resolved.entrySet().stream()
                    .map(e -> new HostMounts.Wanted(e.getKey().shareId().value(), e.getValue(),
                            e.getKey().mode() == Mode.READONLY)).toList();
            Result report = mountOnHost(id, wanted, current);
            if (!recreated && report.seen().targetInspected() && !allVisible(wanted, report)) {
                // Mounted on the host but not inside: the container's /mnt/shares stopped receiving
                // mounts (started while the root was not shared, e.g. right after a reboot).
                current = recreateWithPropagationMount(current, id, "its /mnt/shares does not receive mounts");
                report = mountOnHost(id, wanted, current);
            }
            for (MountSpec spec : resolved.keySet()) {
                outcomes.put(spec.shareId(), outcome(target, spec.shareId().value(), report));
            }
        } catch (NotFoundException e) {
            failAll(outcomes, resolved, "target container " + target.runtimeRef() + " does not exist in Docker");
        } catch (MountFailure e) {
            failAll(outcomes, resolved, e.getMessage());
        } catch (HostMounts.HostMountException e) {
            failAll(outcomes, resolved, "could not mount on the host: " + e.getMessage());
        } catch (RuntimeException e) {
            failAll(outcomes, resolved, "could not mount into " + target.runtimeRef() + ": " + e.getMessage());
        }
        if (outcomes.values().stream().anyMatch(outcome -> outcome.state() == MountState.FAILED)) {
            // Whatever we remembered may be why: ask the engine afresh next time.
            containers.forget(target.runtimeRef());
            desired.forEach(spec -> containers.forget(spec.source().runtimeRef()));
        }
        return outcomes;
    }

    /** Unmounts every share of a container that left the catalog and removes its directory under the root. */
    @Override
    public void release(ContainerId container) {
        String id = container.value();
        if (id.equals(".") || id.equals("..")) {
            return; // never had a directory of its own
        }
        HostView.Observation seen = view.observe(root, targetDir(id), List.of(), 0);
        Set<String> leftovers = new TreeSet<>(seen.mounts().keySet());
        String dir = targetDir(id) + "/";
        seen.ids().keySet().forEach(path -> leftovers.add(path.substring(dir.length())));
        host.release(id, leftovers);
    }

    private static MountOutcome outcome(Container target, String shareId, Result result) {
        String failure = result.failures().get(shareId);
        if (failure != null) {
            return MountOutcome.failed(failure);
        }
        if (result.seen().targetInspected() && !result.seen().visibleInTarget().contains(shareId)) {
            return MountOutcome.failed("mounted on the host but not visible in " + target.runtimeRef()
                    + ": its /mnt/shares does not receive mounts");
        }
        return MountOutcome.applied();
    }

    private static boolean allVisible(List<HostMounts.Wanted> wanted, Result result) {
        return wanted.stream().filter(share -> !result.failures().containsKey(share.shareId()))
                .allMatch(share -> result.seen().visibleInTarget().contains(share.shareId()));
    }

    /** What is in place after an apply, and the shares that could not be mounted. */
    private record Result(HostView.Observation seen, Map<String, String> failures) {
    }

    /** Reads the mount tables and changes only what differs: a drift pass over a settled target starts no process. */
    private Result mountOnHost(String id, List<HostMounts.Wanted> wanted, InspectContainerResponse target) {
        long pid = ContainerFacts.mainPid(target);
        List<String> sourcePaths = wanted.stream().map(HostMounts.Wanted::hostSource).toList();
        HostView.Observation seen = view.observe(root, targetDir(id), sourcePaths, pid);
        String dir = targetDir(id) + "/";
        List<HostMounts.Wanted> toMount = wanted.stream().filter(share -> !inPlace(share, seen, dir)).toList();
        Set<String> unwanted = new TreeSet<>(seen.mounts().keySet());
        seen.ids().keySet().stream().filter(path -> path.startsWith(dir)).map(path -> path.substring(dir.length()))
                .forEach(unwanted::add);
        wanted.forEach(share -> unwanted.remove(share.shareId()));
        boolean rootReady = "shared".equals(seen.root());
        Result result = new Result(seen, Map.of());
        if (!toMount.isEmpty() || !unwanted.isEmpty() || !rootReady) {
            if (!rootReady) {
                host.prepareRoot(id);
            }
            Map<String, String> failures = host.change(id, unwanted, toMount, seen.mounts().keySet());
            result = new Result(view.observe(root, targetDir(id), List.of(), pid), failures);
        }
        if (pid > 0 && !result.seen().targetInspected()) {
            throw new MountFailure("cannot see inside " + target.getName().replaceFirst("^/", "")
                    + " (PID " + pid + "): the server must run in the host's PID and mount namespaces as root");
        }
        return result;
    }

    /** Mounted with the wanted mode, and its root is the source directory itself (same device and inode). */
    private static boolean inPlace(HostMounts.Wanted share, HostView.Observation seen, String dir) {
        Boolean readOnly = seen.mounts().get(share.shareId());
        String mounted = seen.ids().get(dir + share.shareId());
        return readOnly != null && readOnly == share.readOnly() && mounted != null
                && mounted.equals(seen.ids().get(share.hostSource()));
    }

    private InspectContainerResponse recreateWithPropagationMount(InspectContainerResponse current, String id,
                                                                  String why) {
        String name = current.getName().replaceFirst("^/", "");
        Map<String, String> labels = current.getConfig() == null ? null : current.getConfig().getLabels();
        if (labels != null && "never".equals(labels.get(NO_RECREATE_LABEL))) {
            throw new MountFailure("container " + name + " cannot receive shares: " + why + " and its label "
                    + NO_RECREATE_LABEL + "=never forbids recreating it; start it with -v " + targetDir(id)
                    + ":/mnt/shares:rslave");
        }
        try {
            host.prepareRoot(id);
        } catch (HostMounts.HostMountException e) {
            throw new MountFailure("could not prepare the mount root: " + e.getMessage());
        }
        recreator.recreate(current, List.of(ManagedBind.propagationRoot(targetDir(id))));
        return docker.inspectContainerCmd(name).exec();
    }

    private boolean hasPropagationMount(InspectContainerResponse container, String id) {
        HostConfig config = container.getHostConfig();
        if (config == null) {
            return false;
        }
        boolean viaBinds = config.getBinds() != null && Arrays.stream(config.getBinds())
                .filter(ManagedBind::isManaged).map(ManagedBind::of)
                .anyMatch(ManagedBind.propagationRoot(targetDir(id))::equals);
        boolean viaMounts = config.getMounts() != null && config.getMounts().stream().anyMatch(this.propagating(id));
        return viaBinds || viaMounts;
    }

    private Predicate<Mount> propagating(String id) {
        return mount -> ManagedBind.SHARES_DIR.equals(mount.getTarget()) && targetDir(id).equals(mount.getSource())
                && mount.getBindOptions() != null && RECEIVING.contains(mount.getBindOptions().getPropagation())
                && !Boolean.TRUE.equals(mount.getReadOnly());
    }

    private String targetDir(String id) {
        return root + "/targets/" + id;
    }

    private static void failAll(Map<ShareId, MountOutcome> outcomes, Map<MountSpec, String> resolved, String message) {
        resolved.keySet().forEach(spec -> outcomes.put(spec.shareId(), MountOutcome.failed(message)));
    }

    /** A reason that fails every share of the target, worded for the share's owner. */
    private static final class MountFailure extends RuntimeException {
        MountFailure(String message) {
            super(message);
        }
    }

    @Override
    public void close() {
        host.close();
        try {
            docker.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
