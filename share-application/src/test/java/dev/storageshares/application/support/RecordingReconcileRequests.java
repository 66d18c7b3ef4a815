package dev.storageshares.application.support;

import dev.storageshares.application.mount.ReconcileRequests;
import dev.storageshares.domain.catalog.ContainerId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Remembers which containers use cases asked to reconcile. */
public final class RecordingReconcileRequests implements ReconcileRequests {
    private final Set<String> requested = new LinkedHashSet<>();

    @Override
    public synchronized void reconcile(Collection<ContainerId> containers) {
        containers.forEach(container -> requested.add(container.value()));
    }

    public synchronized Set<String> takeRequested() {
        Set<String> taken = Set.copyOf(requested);
        requested.clear();
        return taken;
    }
}
