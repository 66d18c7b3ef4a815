package dev.storageshares.application.memory;

import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.mount.MountLocks;
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
 * Every port that needs storage, kept in memory behind one lock, with the same cascades and
 * uniqueness rules as the PostgreSQL schema. For embedding in tests and single-process tools; it
 * passes the same contract tests as the database adapter.
 */
public final class InMemoryStore {
    private final InMemoryData data = new InMemoryData();
    private final InMemoryContainerCatalog catalog = new InMemoryContainerCatalog(data);
    private final InMemoryShareRepository shares = new InMemoryShareRepository(data);
    private final InMemoryShareQueries queries = new InMemoryShareQueries(data);
    private final InMemoryExpiryClaims expiryClaims = new InMemoryExpiryClaims(data);
    private final InMemoryShareHistory history = new InMemoryShareHistory(data);
    private final InMemoryShareGroups groups = new InMemoryShareGroups(data);
    private final InMemoryShareBatches batches = new InMemoryShareBatches(data, shares);
    private final InMemoryMountOverrides overrides = new InMemoryMountOverrides(data);
    private final InMemoryMountStates states = new InMemoryMountStates(data);
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox(data);
    private final InMemoryMountLocks locks = new InMemoryMountLocks();
    private final InMemoryReceivers receivers = new InMemoryReceivers(data, catalog, queries, overrides, states);

    public ContainerCatalog catalog() {
        return catalog;
    }

    public ShareRepository shares() {
        return shares;
    }

    public ShareQueries queries() {
        return queries;
    }

    public ExpiryClaims expiryClaims() {
        return expiryClaims;
    }

    public ShareHistory history() {
        return history;
    }

    public ShareGroups shareGroups() {
        return groups;
    }

    public ShareBatches shareBatches() {
        return batches;
    }

    public MountOverrides overrides() {
        return overrides;
    }

    public MountStates mountStates() {
        return states;
    }

    public EventOutbox outbox() {
        return outbox;
    }

    public Receivers receivers() {
        return receivers;
    }

    public MountLocks mountLocks() {
        return locks;
    }
}
