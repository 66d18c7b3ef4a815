package dev.storageshares.application.memory;

import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareBatches;
import dev.storageshares.domain.share.ShareEvent;
import java.util.List;
import java.util.Optional;

/** All or nothing under the store's one lock: each share goes through the single insert, undone on a refusal. */
final class InMemoryShareBatches implements ShareBatches {
    private final InMemoryData data;
    private final InMemoryShareRepository shares;

    InMemoryShareBatches(InMemoryData data, InMemoryShareRepository shares) {
        this.data = data;
        this.shares = shares;
    }

    @Override
    public Optional<Refusal> insertAll(List<Share> batch, List<ShareEvent> created) {
        if (batch.size() != created.size()) {
            throw new IllegalArgumentException("one created event per share");
        }
        synchronized (data) {
            for (int i = 0; i < batch.size(); i++) {
                try {
                    shares.insert(batch.get(i), created.get(i));
                } catch (ShareException refused) {
                    for (int j = 0; j < i; j++) {
                        data.shares.remove(batch.get(j).id());
                        data.events.remove(created.get(j));
                    }
                    return Optional.of(new Refusal(i, refused));
                }
            }
            return Optional.empty();
        }
    }

    @Override
    public boolean exists(Share candidate) {
        synchronized (data) {
            return data.shares.values().stream().anyMatch(other -> other.exposesSameStorageAs(candidate)
                    && other.target().equals(candidate.target()));
        }
    }
}
