package dev.storageshares.adapter.mount;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mounts and unmounts under the mount root in the host's mount namespace, as the live driver
 * decided from a {@link HostView}: {@link KernelMounts} calls the kernel directly when the server
 * runs on the host, {@link ShellMounts} runs {@code mount} commands in PID 1's namespace when the
 * server runs in a container with the host's PID namespace.
 */
interface HostMounts extends AutoCloseable {

    /** A share as the host should have it at {@code <root>/targets/<target>/<share id>}. */
    record Wanted(String shareId, String hostSource, boolean readOnly) {
    }

    /**
     * Makes the root a shared mount (binding it onto itself first when it is no mount point) and
     * creates the target's directory (unless {@code targetId} is blank).
     *
     * @throws HostMountException when the root cannot be prepared
     */
    void prepareRoot(String targetId);

    /**
     * Unmounts {@code unwanted} (share ids) and mounts {@code mount} afresh, first unmounting those
     * of them that are in {@code mounted} (a mode change, or another directory mounted there).
     *
     * @return a failure message per share that could not be mounted
     * @throws HostMountException when nothing could be done at all
     */
    Map<String, String> change(String targetId, Set<String> unwanted, List<Wanted> mount, Set<String> mounted);

    /** Unmounts {@code mounted} (share ids) and removes the target's directory, which must then be empty. */
    void release(String targetId, Set<String> mounted);

    @Override
    void close();

    /** The host refused: every share of the target fails with this message. */
    final class HostMountException extends RuntimeException {
        HostMountException(String message) {
            super(message);
        }
    }

    /** The kernel itself when this process is in the host's mount namespace, PID 1's shell otherwise. */
    static HostMounts forThisProcess(String root) {
        return HostShell.insideHostNamespace() ? new KernelMounts(root, HostView.SAME_NAMESPACE)
                : new ShellMounts(root, HostShell.enteringPid1());
    }
}
