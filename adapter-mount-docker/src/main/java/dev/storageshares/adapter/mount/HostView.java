package dev.storageshares.adapter.mount;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the host's mounts and a running target's mounts from {@code /proc}, without starting a
 * process: an apply that finds everything in place (every drift pass over a settled target) costs a
 * few file reads. A server on the host reads its own mount table; a server in a container with the
 * host's PID namespace reads PID 1's and reaches host paths through {@code /proc/1/root}.
 */
record HostView(String mountTable, String pathPrefix) {
    static final HostView SAME_NAMESPACE = new HostView("/proc/self/mountinfo", "");
    static final HostView THROUGH_PID_1 = new HostView("/proc/1/mountinfo", "/proc/1/root");
    private static final String SHARES_PREFIX = ManagedBind.SHARES_DIR + "/";

    /**
     * What is in place for one target: the root's propagation ({@code shared}, {@code private} or
     * {@code absent}), the mounts directly under the target's directory (name to read-only), the
     * device:inode of each entry there and of each source, and the share mounts the running target
     * sees (only when {@code targetInspected}).
     */
    record Observation(String root, Map<String, Boolean> mounts, Map<String, String> ids, Set<String> visibleInTarget,
                       boolean targetInspected) {
    }

    /** The root's propagation: {@code shared}, {@code private}, or {@code absent} when it is no mount point. */
    String rootState(String root) {
        return observe(root, root + "/targets/", List.of(), 0).root();
    }

    /** @param targetPid the running target's PID on the host, or 0 when it is not running */
    Observation observe(String root, String targetDir, List<String> sources, long targetPid) {
        String rootState = "absent";
        Map<String, Boolean> mounts = new HashMap<>();
        String prefix = targetDir + "/";
        List<String[]> hostTable = mountTable(mountTable);
        if (hostTable == null) {
            throw new IllegalStateException("cannot read the host's mount table " + mountTable);
        }
        for (String[] fields : hostTable) {
            String point = fields[4];
            if (point.equals(root)) {
                rootState = isShared(fields) ? "shared" : "private"; // the last mount at a path is the one in effect
            } else if (point.startsWith(prefix) && point.indexOf('/', prefix.length()) < 0) {
                mounts.put(point.substring(prefix.length()), fields[5].split(",")[0].equals("ro"));
            }
        }
        Map<String, String> ids = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of(pathPrefix + targetDir))) {
            entries.forEach(entry -> identify(entry, targetDir + "/" + entry.getFileName(), ids));
        } catch (NoSuchFileException none) {
            // no directory yet: nothing mounted
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sources.forEach(source -> identify(Path.of(pathPrefix + source), source, ids));
        Set<String> visible = new HashSet<>();
        List<String[]> inTarget = targetPid > 0 ? mountTable("/proc/" + targetPid + "/mountinfo") : null;
        if (inTarget != null) {
            inTarget.stream().map(fields -> fields[4]).filter(point -> point.startsWith(SHARES_PREFIX))
                    .forEach(point -> visible.add(point.substring(SHARES_PREFIX.length())));
        }
        return new Observation(rootState, mounts, ids, visible, inTarget != null);
    }

    private static boolean isShared(String[] fields) {
        for (int i = 6; i < fields.length && !fields[i].equals("-"); i++) {
            if (fields[i].startsWith("shared:")) {
                return true;
            }
        }
        return false;
    }

    /** Device and inode of what the path resolves to (for a mount point: the mounted directory); nothing if gone. */
    private static void identify(Path path, String name, Map<String, String> ids) {
        try {
            Map<String, Object> attributes = Files.readAttributes(path, "unix:dev,ino");
            ids.put(name, attributes.get("dev") + ":" + attributes.get("ino"));
        } catch (IOException | UnsupportedOperationException unreadable) {
            // a missing source or a dead mount: not in place, so it is mounted afresh or reported
        }
    }

    /** The lines of a mountinfo file split into fields, or null when it cannot be read. */
    private static List<String[]> mountTable(String file) {
        try {
            return Files.readAllLines(Path.of(file)).stream().map(line -> line.split(" ")).toList();
        } catch (IOException unreadable) {
            return null;
        }
    }
}
