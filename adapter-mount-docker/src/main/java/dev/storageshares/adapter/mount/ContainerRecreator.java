package dev.storageshares.adapter.mount;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Docker cannot add a mount to an existing container, so the container is recreated with the same
 * settings and a new set of share binds. The old container's whole HostConfig is carried over rather
 * than rebuilt field by field (rebuilding is how other tools lost rw flags and port bindings), and
 * its anonymous volumes are re-attached by name so their data stays. A failure restores the old one.
 */
final class ContainerRecreator {
    static final String LABEL = "dev.storageshares.managed-binds";
    private static final Logger LOG = LoggerFactory.getLogger(ContainerRecreator.class);
    private static final Set<String> BUILT_IN_NETWORKS = Set.of("bridge", "host", "none", "default");
    private static final int STOP_TIMEOUT_SECONDS = 10;

    private final DockerClient docker;

    ContainerRecreator(DockerClient docker) {
        this.docker = docker;
    }

    void recreate(InspectContainerResponse old, List<ManagedBind> managed) {
        String name = old.getName().replaceFirst("^/", "");
        String next = name + "-ss-next";
        String previous = name + "-ss-prev";
        removeIfPresent(next);
        boolean wasRunning = old.getState() != null && Boolean.TRUE.equals(old.getState().getRunning());

        String created = create(old, next, managed);
        boolean oldRenamed = false;
        try {
            if (wasRunning) {
                docker.stopContainerCmd(old.getId()).withTimeout(STOP_TIMEOUT_SECONDS).exec();
            }
            docker.renameContainerCmd(old.getId()).withName(previous).exec();
            oldRenamed = true;
            docker.renameContainerCmd(created).withName(name).exec();
            if (wasRunning) {
                docker.startContainerCmd(created).exec();
            }
        } catch (RuntimeException e) {
            restore(old.getId(), created, name, oldRenamed, wasRunning);
            throw e;
        }
        docker.removeContainerCmd(old.getId()).withRemoveVolumes(false).withForce(true).exec();
        LOG.info("recreated container {} with {}", name, managed.stream().map(ManagedBind::describe).toList());
    }

    private String create(InspectContainerResponse old, String name, List<ManagedBind> managed) {
        ContainerConfig config = old.getConfig();
        HostConfig hostConfig = old.getHostConfig();
        List<Bind> binds = new ArrayList<>();
        if (hostConfig.getBinds() != null) {
            Arrays.stream(hostConfig.getBinds()).filter(bind -> !ManagedBind.isManaged(bind)).forEach(binds::add);
        }
        binds.addAll(anonymousVolumes(old, binds));
        managed.forEach(bind -> binds.add(bind.toBind()));
        hostConfig.withBinds(binds);

        Map<String, String> labels = new HashMap<>(config.getLabels() == null ? Map.of() : config.getLabels());
        labels.put(LABEL, String.join(";", managed.stream().map(ManagedBind::describe).toList()));

        CreateContainerCmd create = docker.createContainerCmd(old.getImageId())
                .withName(name)
                .withHostConfig(hostConfig)
                .withLabels(labels)
                .withEnv(config.getEnv() == null ? List.of() : Arrays.asList(config.getEnv()))
                .withUser(config.getUser())
                .withWorkingDir(config.getWorkingDir())
                .withHostName(config.getHostName())
                .withTty(config.getTty())
                .withStdinOpen(config.getStdinOpen());
        if (config.getCmd() != null) {
            create.withCmd(config.getCmd());
        }
        if (config.getEntrypoint() != null) {
            create.withEntrypoint(config.getEntrypoint());
        }
        if (config.getExposedPorts() != null) {
            create.withExposedPorts(config.getExposedPorts());
        }
        String primary = hostConfig.getNetworkMode();
        Map<String, ContainerNetwork> networks = old.getNetworkSettings() == null ? Map.of()
                : old.getNetworkSettings().getNetworks();
        if (primary != null && !BUILT_IN_NETWORKS.contains(primary) && networks.containsKey(primary)) {
            create.withAliases(aliases(old, networks.get(primary)));
        }
        String id = create.exec().getId();
        networks.forEach((network, settings) -> {
            if (!network.equals(primary) && !BUILT_IN_NETWORKS.contains(network)) {
                docker.connectToNetworkCmd().withNetworkId(network).withContainerId(id)
                        .withContainerNetwork(new ContainerNetwork().withAliases(aliases(old, settings))).exec();
            }
        });
        return id;
    }

    /** Volumes the old container had without naming them: re-attach them by name, or their data is gone. */
    private static List<Bind> anonymousVolumes(InspectContainerResponse old, List<Bind> explicit) {
        List<Bind> volumes = new ArrayList<>();
        if (old.getMounts() == null) {
            return volumes;
        }
        for (InspectContainerResponse.Mount mount : old.getMounts()) {
            String destination = mount.getDestination() == null ? null : mount.getDestination().getPath();
            boolean covered = explicit.stream().anyMatch(b -> b.getVolume().getPath().equals(destination));
            boolean viaMountsApi = old.getHostConfig().getMounts() != null && old.getHostConfig().getMounts().stream()
                    .anyMatch(m -> destination != null && destination.equals(m.getTarget()));
            if (mount.getName() != null && destination != null && !covered && !viaMountsApi
                    && !ManagedBind.isManaged(destination)) {
                volumes.add(new Bind(mount.getName(), new Volume(destination),
                        Boolean.FALSE.equals(mount.getRW()) ? AccessMode.ro : AccessMode.rw));
            }
        }
        return volumes;
    }

    private static List<String> aliases(InspectContainerResponse old, ContainerNetwork network) {
        if (network.getAliases() == null) {
            return List.of();
        }
        // Docker adds the short container id as an alias itself; carrying the old one over would be wrong.
        return network.getAliases().stream().filter(alias -> !old.getId().startsWith(alias)).toList();
    }

    private void restore(String oldId, String createdId, String name, boolean oldRenamed, boolean wasRunning) {
        try {
            docker.removeContainerCmd(createdId).withForce(true).exec();
            if (oldRenamed) {
                docker.renameContainerCmd(oldId).withName(name).exec();
            }
            if (wasRunning) {
                docker.startContainerCmd(oldId).exec();
            }
        } catch (RuntimeException e) {
            LOG.error("could not restore container {} after a failed recreate", name, e);
        }
    }

    private void removeIfPresent(String name) {
        try {
            docker.removeContainerCmd(name).withForce(true).exec();
        } catch (NotFoundException absent) {
            // the usual case: no leftover from an interrupted recreate
        }
    }
}
