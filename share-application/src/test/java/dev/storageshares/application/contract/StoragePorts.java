package dev.storageshares.application.contract;

import dev.storageshares.application.memory.InMemoryStore;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.mount.MountOverrides;
import dev.storageshares.domain.mount.MountStates;
import dev.storageshares.domain.mount.Receivers;
import dev.storageshares.domain.share.EventOutbox;
import dev.storageshares.domain.share.ExpiryClaims;
import dev.storageshares.domain.share.ShareBatches;
import dev.storageshares.domain.share.ShareGroups;
import dev.storageshares.domain.share.ShareHistory;
import dev.storageshares.domain.share.ShareQueries;
import dev.storageshares.domain.share.ShareRepository;

/**
 * The storage ports of one store under test; they must see the same data. The contracts close
 * {@code release} after each test, so a store holding a connection pool can free it there.
 */
public record StoragePorts(ContainerCatalog catalog, ShareRepository shares, ShareQueries queries,
                           ExpiryClaims expiryClaims, ShareHistory history, ShareGroups groups, ShareBatches batches,
                           MountOverrides overrides,
                           MountStates states, Receivers receivers, EventOutbox outbox, AutoCloseable release) {

    public static StoragePorts inMemory() {
        InMemoryStore store = new InMemoryStore();
        return new StoragePorts(store.catalog(), store.shares(), store.queries(), store.expiryClaims(), store.history(),
                store.shareGroups(), store.shareBatches(), store.overrides(), store.mountStates(), store.receivers(),
                store.outbox(), () -> { });
    }
}
