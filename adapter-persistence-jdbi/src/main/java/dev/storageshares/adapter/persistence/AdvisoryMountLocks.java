package dev.storageshares.adapter.persistence;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountLocks;

/**
 * PostgreSQL advisory locks keyed by container: held on one pooled connection for the duration of
 * the reconcile, released on every path (and by the server itself if the connection dies).
 */
final class AdvisoryMountLocks implements MountLocks {
    /** Namespaces our keys so they cannot collide with other users of advisory locks. */
    private static final int NAMESPACE = 0x5353;

    private final Db db;

    AdvisoryMountLocks(Db db) {
        this.db = db;
    }

    @Override
    public void withLock(ContainerId container, Runnable work) {
        db.read(handle -> {
            handle.createQuery("select pg_advisory_lock(:ns, hashtext(:key))")
                    .bind("ns", NAMESPACE).bind("key", container.value()).mapTo(String.class).one();
            try {
                work.run();
            } finally {
                handle.createQuery("select pg_advisory_unlock(:ns, hashtext(:key))")
                        .bind("ns", NAMESPACE).bind("key", container.value()).mapTo(Boolean.class).one();
            }
            return null;
        });
    }
}
