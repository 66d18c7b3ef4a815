package dev.storageshares.adapter.mount;

/**
 * The same promises when the mounts are made by {@code mount} commands in a long-lived shell, the
 * way a server running in a container (with the host's PID namespace) makes them through
 * {@code nsenter}; here the shell runs on the host itself.
 */
class LiveMountDriverThroughShellContractTest extends LiveMountDriverContractTest {

    @Override
    boolean throughShell() {
        return true;
    }
}
