package dev.storageshares.application.memory;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountLocks;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/** Per-container locks for a single process: all an in-memory store can be shared by. */
final class InMemoryMountLocks implements MountLocks {
    private final Map<ContainerId, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public void withLock(ContainerId container, Runnable work) {
        ReentrantLock lock = locks.computeIfAbsent(container, key -> new ReentrantLock());
        lock.lock();
        try {
            work.run();
        } finally {
            lock.unlock();
        }
    }
}
