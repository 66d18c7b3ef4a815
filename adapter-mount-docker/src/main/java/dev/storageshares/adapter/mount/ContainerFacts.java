package dev.storageshares.adapter.mount;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code docker inspect}, remembered for as long as the container's main process lives. What the
 * drivers read (mounts, binds, labels, PID) only changes when the container is recreated or
 * restarted, and then its main process changes; checking that costs two reads in {@code /proc}
 * where an inspect costs a round trip through the engine (tens of milliseconds on a busy one).
 * The process counts as the container's when its cgroup names the container's id, so a server that
 * cannot see the host's processes simply never remembers anything.
 */
final class ContainerFacts {
    private final DockerClient docker;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    private record Known(InspectContainerResponse facts, long pid, String processStart) {
    }

    ContainerFacts(DockerClient docker) {
        this.docker = docker;
    }

    /** The container as the engine last described it; throws the engine's NotFoundException if it is gone. */
    InspectContainerResponse inspect(String ref) {
        Known cached = known.get(ref);
        if (cached != null && cached.processStart().equals(processStart(cached.pid(), cached.facts().getId()))) {
            return cached.facts();
        }
        known.remove(ref);
        InspectContainerResponse fresh = docker.inspectContainerCmd(ref).exec();
        long pid = mainPid(fresh);
        String start = pid > 0 ? processStart(pid, fresh.getId()) : null;
        if (start != null) {
            known.put(ref, new Known(fresh, pid, start));
        }
        return fresh;
    }

    /** Asks the engine again next time, e.g. after a mount failed or the driver recreated the container. */
    void forget(String ref) {
        known.remove(ref);
    }

    /** The PID of the container's main process on the host, or 0 when it is not running. */
    static long mainPid(InspectContainerResponse container) {
        InspectContainerResponse.ContainerState state = container.getState();
        boolean running = state != null && Boolean.TRUE.equals(state.getRunning());
        return running && state.getPidLong() != null ? state.getPidLong() : 0;
    }

    /** The process's start time (in clock ticks since boot) if it is the container's process, else null. */
    private static String processStart(long pid, String containerId) {
        try {
            if (containerId == null || !Files.readString(Path.of("/proc/" + pid + "/cgroup")).contains(containerId)) {
                return null;
            }
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // Fields after the command name (which may hold spaces) start with the 3rd; starttime is the 22nd.
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[19];
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
