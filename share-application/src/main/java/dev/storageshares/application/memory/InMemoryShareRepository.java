package dev.storageshares.application.memory;

import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.paging.Cursor;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.IncomingView;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareFilter;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.RequestScope;
import dev.storageshares.domain.share.ShareRepository;
import dev.storageshares.domain.share.ShareStatus;
import dev.storageshares.domain.share.ShareTarget;
import dev.storageshares.domain.share.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

final class InMemoryShareRepository implements ShareRepository {
    private static final Comparator<ShareEvent> EVENTS_NEWEST_FIRST =
            Comparator.comparing(ShareEvent::at).thenComparing(ShareEvent::id).reversed();

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

    @Override
    public Page<Share> listBySource(ContainerId source, ShareFilter filter, PageRequest page) {
        synchronized (data) {
            return page(data.shares.values().stream()
                    .filter(share -> share.sourceContainer().equals(source))
                    .filter(share -> inRealm(share.sourceContainer(), filter.realm()))
                    .filter(filter::matches), page);
        }
    }

    @Override
    public Page<Share> listVisible(Visibility visibility, ShareFilter filter, PageRequest page) {
        synchronized (data) {
            return page(data.shares.values().stream()
                    .filter(share -> data.isVisible(share.sourceContainer(), visibility))
                    .filter(share -> inRealm(share.sourceContainer(), filter.realm()))
                    .filter(filter::matches), page);
        }
    }

    @Override
    public List<Share> incomingCandidates(Container receiver, Instant now) {
        synchronized (data) {
            return data.shares.values().stream()
                    .filter(share -> isTargetOf(share, receiver))
                    .filter(share -> !share.isExpiredAt(now))
                    .sorted(IncomingView.NEWEST_FIRST)
                    .toList();
        }
    }

    @Override
    public Page<Share> listIncomingVisible(Visibility visibility, RealmId realm, ShareStatus status, Instant now,
                                           PageRequest page) {
        synchronized (data) {
            Set<Share> union = new LinkedHashSet<>();
            for (Container receiver : data.containers.values()) {
                if (data.isVisible(receiver.id(), visibility) && (realm == null || receiver.realm().equals(realm))) {
                    union.addAll(IncomingView.of(receiver, incomingCandidates(receiver, now), now));
                }
            }
            return page(union.stream().filter(IncomingView.listing(status)), page);
        }
    }

    @Override
    public Page<Share> listRequests(RequestScope scope, Instant now, PageRequest page) {
        synchronized (data) {
            return page(data.shares.values().stream()
                    .filter(share -> share.status() == ShareStatus.PENDING && !share.isExpiredAt(now))
                    .filter(share -> data.isDecidable(share, scope)), page);
        }
    }

    @Override
    public List<Share> bySourceOrDirectTarget(ContainerId container) {
        return matching(share -> share.sourceContainer().equals(container)
                || (share.target() instanceof ShareTarget.ToContainer direct && direct.container().equals(container)));
    }

    @Override
    public List<Share> targetingProject(ProjectId project) {
        return matching(share -> share.target() instanceof ShareTarget.ToProject target && target.project().equals(project));
    }

    @Override
    public List<Share> claimExpiringSoon(Instant now, Duration notice, int limit) {
        synchronized (data) {
            List<Share> claimed = data.shares.values().stream()
                    .filter(share -> !share.expiryNotified() && !share.isExpiredAt(now)
                            && share.isExpiredAt(now.plus(notice)))
                    .sorted(Comparator.comparing(share -> share.expiresAt().orElseThrow().at()))
                    .limit(limit)
                    .map(Share::withExpiryNotified)
                    .toList();
            for (Share share : claimed) {
                data.shares.put(share.id(), share);
                data.events.add(ShareEvent.of(EventType.EXPIRING, share.id(), ShareEvent.SYSTEM, now,
                        Map.of("expires_at", share.expiresAt().orElseThrow().epochSecond())));
            }
            return claimed;
        }
    }

    @Override
    public List<Share> claimExpired(Instant now, int limit) {
        synchronized (data) {
            List<Share> claimed = data.shares.values().stream()
                    .filter(share -> share.isExpiredAt(now) && !data.expiryAnnounced.contains(share.id()))
                    .sorted(Comparator.comparing(share -> share.expiresAt().orElseThrow().at()))
                    .limit(limit)
                    .toList();
            for (Share share : claimed) {
                data.expiryAnnounced.add(share.id());
                data.events.add(ShareEvent.of(EventType.EXPIRED, share.id(), ShareEvent.SYSTEM, now,
                        Map.of("expires_at", share.expiresAt().orElseThrow().epochSecond())));
            }
            return claimed;
        }
    }

    @Override
    public Page<ShareEvent> history(ShareId id, PageRequest page) {
        synchronized (data) {
            Cursor after = page.after();
            List<ShareEvent> rows = data.events.stream()
                    .filter(event -> event.shareId().equals(id))
                    .filter(event -> after == null || after.precedes(event.at(), event.id()))
                    .sorted(EVENTS_NEWEST_FIRST)
                    .limit(page.limit() + 1L)
                    .toList();
            return Page.of(rows, page.limit(), event -> new Cursor(event.at(), event.id()));
        }
    }

    private List<Share> matching(Predicate<Share> predicate) {
        synchronized (data) {
            return data.shares.values().stream().filter(predicate).sorted(IncomingView.NEWEST_FIRST).toList();
        }
    }

    private boolean isTargetOf(Share share, Container receiver) {
        if (share.target() instanceof ShareTarget.ToContainer direct) {
            return direct.container().equals(receiver.id());
        }
        return ((ShareTarget.ToProject) share.target()).project().equals(receiver.project());
    }

    private boolean inRealm(ContainerId container, RealmId realm) {
        return realm == null || Optional.ofNullable(data.containers.get(container.value()))
                .map(found -> found.realm().equals(realm)).orElse(false);
    }

    private static Page<Share> page(Stream<Share> shares, PageRequest page) {
        Cursor after = page.after();
        List<Share> rows = shares
                .filter(share -> after == null || after.precedes(share.createdAt(), share.id().value()))
                .sorted(IncomingView.NEWEST_FIRST)
                .limit(page.limit() + 1L)
                .toList();
        return Page.of(rows, page.limit(), share -> new Cursor(share.createdAt(), share.id().value()));
    }
}
