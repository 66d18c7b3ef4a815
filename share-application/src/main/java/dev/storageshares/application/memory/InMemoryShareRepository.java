package dev.storageshares.application.memory;

import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareRepository;
import dev.storageshares.domain.share.ShareStatus;
import dev.storageshares.domain.share.ShareTarget;
import java.util.Objects;
import java.util.Optional;

final class InMemoryShareRepository implements ShareRepository {
    private final InMemoryData data;

    InMemoryShareRepository(InMemoryData data) {
        this.data = data;
    }

    @Override
    public void insert(Share share, ShareEvent created) {
        synchronized (data) {
            boolean duplicate = data.shares.values().stream().anyMatch(other ->
                    other.sourceContainer().equals(share.sourceContainer())
                            && other.sourcePath().equals(share.sourcePath())
                            && other.target().equals(share.target()));
            if (duplicate) {
                throw new ShareException(ErrorCode.SHARE_ALREADY_EXISTS, "Storage share already exists.");
            }
            if (!data.containers.containsKey(share.sourceContainer().value())) {
                throw ShareException.containerNotFound();
            }
            if (share.target() instanceof ShareTarget.ToContainer direct && !data.containers.containsKey(direct.container().value())) {
                throw ShareException.containerNotFound();
            }
            if (share.target() instanceof ShareTarget.ToProject toProject && !data.projects.containsKey(toProject.project())) {
                throw ShareException.projectNotFound();
            }
            data.shares.put(share.id(), share);
            data.events.add(created);
        }
    }

    @Override
    public Share update(Share share, ShareEvent updated) {
        synchronized (data) {
            Share stored = data.shares.get(share.id());
            if (stored == null) {
                throw ShareException.notFound("Storage share not found");
            }
            if (stored.version() != share.version()) {
                throw new ShareException(ErrorCode.CONCURRENT_MODIFICATION, "The share was changed concurrently");
            }
            if (!Objects.equals(stored.expiresAt(), share.expiresAt())) {
                data.expiryAnnounced.remove(share.id());
            }
            // Status and decision belong to the reconciler and the deciders; an update carries whatever it read.
            Share next = share.withStateOf(stored, share.updatedAt()).nextVersion();
            data.shares.put(share.id(), next);
            data.events.add(updated);
            return next;
        }
    }

    @Override
    public boolean changeStatus(ShareId id, ShareStatus status, String message, ShareEvent event) {
        synchronized (data) {
            Share stored = data.shares.get(id);
            // Mount health is for shares in effect; a request keeps its status whatever the reconciler saw.
            if (stored == null || !stored.inEffect() || (stored.status() == status && Objects.equals(stored.statusMessage().orElse(null), message))) {
                return false;
            }
            data.shares.put(id, stored.withStatus(status, message));
            // Only a change of status is news; a new message for an already failed share is not.
            if (stored.status() != status) {
                data.events.add(event);
            }
            return true;
        }
    }

    @Override
    public Share decide(Share decided, ShareEvent event) {
        synchronized (data) {
            Share stored = data.shares.get(decided.id());
            if (stored == null) {
                throw ShareException.notFound("Share not found");
            }
            if (stored.status() != ShareStatus.PENDING) {
                throw new ShareException(ErrorCode.SHARE_NOT_PENDING, "Share request is not pending");
            }
            // The creator may have edited the request meanwhile: keep their fields, take the decision.
            Share next = stored.withStateOf(decided, decided.updatedAt());
            data.shares.put(next.id(), next);
            data.events.add(event);
            return next;
        }
    }

    @Override
    public boolean delete(ShareId id, ShareEvent deleted) {
        synchronized (data) {
            if (!data.shares.containsKey(id)) {
                return false;
            }
            data.deleteShare(id);
            data.events.add(deleted);
            return true;
        }
    }

    @Override
    public Optional<Share> findById(ShareId id) {
        synchronized (data) {
            return Optional.ofNullable(data.shares.get(id));
        }
    }
}
