package dev.storageshares.adapter.mount;

import dev.storageshares.application.StorageShares;
import dev.storageshares.application.memory.InMemoryStore;
import dev.storageshares.application.mount.ReconcileRequests;
import dev.storageshares.application.mount.Reconciler;
import dev.storageshares.application.support.Validators;
import dev.storageshares.domain.mount.MountDriver;
import java.time.Clock;

/**
 * The application over the in-memory store with every reconcile run at once on the caller's thread,
 * so an end-to-end test can check what a running container sees right after each step.
 */
record SynchronousApp(Reconciler reconciler, StorageShares app) {

    static SynchronousApp over(InMemoryStore store, MountDriver driver, Clock clock) {
        Reconciler reconciler = new Reconciler(store.shares(), store.receivers(), store.mountStates(), driver, clock);
        ReconcileRequests now = containers -> containers.forEach(reconciler::reconcile);
        return new SynchronousApp(reconciler, StorageShares.wire(new StorageShares.Ports(store.catalog(), store.shares(),
                store.queries(), store.history(), store.shareGroups(), store.shareBatches(), store.overrides(),
                store.mountStates(), store.receivers(), now, clock), Validators.factory()));
    }
}
