package dev.storageshares.application.memory;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.Receiver;
import dev.storageshares.domain.mount.Receivers;
import dev.storageshares.domain.share.Share;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One receiver under the store's lock, so its parts agree as the database's single statement does. */
final class InMemoryReceivers implements Receivers {
    private final InMemoryData data;
    private final InMemoryContainerCatalog catalog;
    private final InMemoryShareQueries shares;
    private final InMemoryMountOverrides overrides;
    private final InMemoryMountStates states;

    InMemoryReceivers(InMemoryData data, InMemoryContainerCatalog catalog, InMemoryShareQueries shares,
                      InMemoryMountOverrides overrides, InMemoryMountStates states) {
        this.data = data;
        this.catalog = catalog;
        this.shares = shares;
        this.overrides = overrides;
        this.states = states;
    }

    @Override
    public Optional<Receiver> find(ContainerId container, Instant now) {
        synchronized (data) {
            return catalog.findContainer(container).map(found -> {
                List<Share> candidates = shares.incomingCandidates(found, now);
                Map<ContainerId, Container> sources = new HashMap<>();
                candidates.forEach(share -> catalog.findContainer(share.sourceContainer())
                        .ifPresent(source -> sources.put(source.id(), source)));
                return new Receiver(found, catalog.findProject(found.project()).orElseThrow(), candidates, sources,
                        overrides.forContainer(container), states.forContainer(container));
            });
        }
    }
}
