package dev.storageshares.application.contract;

import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.mount.MountOverrides;
import dev.storageshares.domain.mount.MountStates;
import dev.storageshares.domain.share.EventOutbox;
import dev.storageshares.domain.share.ShareRepository;

/** The storage ports of one store under test; they must see the same data. */
public record StoragePorts(ContainerCatalog catalog, ShareRepository shares, MountOverrides overrides,
                           MountStates states, EventOutbox outbox) {
}
