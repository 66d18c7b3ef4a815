package dev.storageshares.domain.mount;

import dev.storageshares.domain.catalog.ContainerId;

/**
 * Makes one container's reconcile exclusive across every process that shares the store, so two
 * servers never recreate the same container at once.
 */
public interface MountLocks {

    /** Runs {@code work} while holding the container's lock, waiting for it if another holder has it. */
    void withLock(ContainerId container, Runnable work);
}
