package dev.storageshares.application.mount;

import dev.storageshares.domain.catalog.ContainerId;
import java.util.Collection;

/**
 * Asks for containers' mounts to be brought in line with the shares. Use cases call it after every
 * change that alters some container's mounts; when and how the work happens is the implementation's
 * business (queued in the server, at once in tests).
 */
public interface ReconcileRequests {

    void reconcile(Collection<ContainerId> containers);
}
