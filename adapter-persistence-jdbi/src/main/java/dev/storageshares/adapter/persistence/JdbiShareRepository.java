package dev.storageshares.adapter.persistence;

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
import dev.storageshares.domain.share.RequestScope;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareFilter;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareRepository;
import dev.storageshares.domain.share.ShareStatus;
import dev.storageshares.domain.share.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

final class JdbiShareRepository implements ShareRepository {
    private final Db db;

    JdbiShareRepository(Db db) {
        this.db = db;
    }

    @Override
    public void insert(Share share, ShareEvent created) {
        try {
            db.inTransaction(handle -> {
                handle.attach(ShareDao.class).insert(ShareRows.toRow(share));
                record(handle, created);
                return null;
            });
        } catch (RuntimeException e) {
            if (Db.isUniqueViolation(e)) {
                throw new ShareException(ErrorCode.SHARE_ALREADY_EXISTS, "Storage share already exists.");
            }
            Optional<String> vanished = Db.violatedForeignKey(e);
            if (vanished.isPresent()) {
                throw vanished.get().equals("shares_target_project_id_fkey")
                        ? ShareException.projectNotFound() : ShareException.containerNotFound();
            }
            throw e;
        }
    }

    @Override
    public Share update(Share share, ShareEvent updated) {
        return db.inTransaction(handle -> {
            ShareDao dao = handle.attach(ShareDao.class);
            Optional<ShareRow> stored = dao.updateCreatorFields(ShareRows.toRow(share));
            if (stored.isEmpty()) {
                throw dao.find(share.id().value()).isPresent()
                        ? new ShareException(ErrorCode.CONCURRENT_MODIFICATION, "The share was changed concurrently")
                        : ShareException.notFound("Storage share not found");
            }
            record(handle, updated);
            return ShareRows.toShare(stored.get());
        });
    }

    @Override
    public boolean changeStatus(ShareId id, ShareStatus status, String message, ShareEvent event) {
        return db.inTransaction(handle -> {
            ShareDao dao = handle.attach(ShareDao.class);
            Optional<ShareRow> current = dao.lock(id.value());
            // Mount health is for shares in effect; a request keeps its status whatever the reconciler saw.
            if (current.isEmpty() || !ShareStatus.fromWire(current.get().status()).inEffect()
                    || (current.get().status().equals(status.wireName())
                    && Objects.equals(current.get().statusMessage(), message))) {
                return false;
            }
            dao.setStatus(id.value(), status.wireName(), message);
            if (!current.get().status().equals(status.wireName())) {
                record(handle, event);
            }
            return true;
        });
    }

    @Override
    public Share decide(Share decided, ShareEvent event) {
        return db.inTransaction(handle -> {
            RequestDao dao = handle.attach(RequestDao.class);
            Optional<ShareRow> stored = dao.decide(ShareRows.toRow(decided));
            if (stored.isEmpty()) {
                throw handle.attach(ShareDao.class).find(decided.id().value()).isPresent()
                        ? new ShareException(ErrorCode.SHARE_NOT_PENDING, "Share request is not pending")
                        : ShareException.notFound("Share not found");
            }
            record(handle, event);
            return ShareRows.toShare(stored.get());
        });
    }

    @Override
    public boolean delete(ShareId id, ShareEvent deleted) {
        return db.inTransaction(handle -> {
            boolean existed = handle.attach(ShareDao.class).delete(id.value()) > 0;
            if (existed) {
                record(handle, deleted);
            }
            return existed;
        });
    }

    @Override
    public Optional<Share> findById(ShareId id) {
        return db.read(handle -> handle.attach(ShareDao.class).find(id.value()).map(ShareRows::toShare));
    }

    @Override
    public Page<Share> listBySource(ContainerId source, ShareFilter filter, PageRequest page) {
        return sharePage(db.read(handle -> handle.attach(ShareDao.class)
                .bySource(source.value(), filterOf(filter), keyset(page))), page);
    }

    @Override
    public Page<Share> listVisible(Visibility visibility, ShareFilter filter, PageRequest page) {
        return sharePage(db.read(handle -> {
            ShareDao dao = handle.attach(ShareDao.class);
            return visibility instanceof Visibility.ReadableBy readable
                    ? dao.bySourceReadableBy(readable.user().value(), filterOf(filter), keyset(page))
                    : dao.bySourceOfAny(filterOf(filter), keyset(page));
        }), page);
    }

    @Override
    public List<Share> incomingCandidates(Container receiver, Instant now) {
        return db.read(handle -> handle.attach(ShareDao.class)
                .incomingCandidates(receiver.id().value(), receiver.project().value(), now)).stream()
                .map(ShareRows::toShare).toList();
    }

    @Override
    public Page<Share> listIncomingVisible(Visibility visibility, RealmId realm, ShareStatus status, Instant now,
                                           PageRequest page) {
        String realmId = realm == null ? null : realm.value();
        String statusName = status == null ? null : status.wireName();
        return sharePage(db.read(handle -> {
            ShareDao dao = handle.attach(ShareDao.class);
            return visibility instanceof Visibility.ReadableBy readable
                    ? dao.incomingReadableBy(readable.user().value(), realmId, statusName, now, keyset(page))
                    : dao.incomingOfAny(realmId, statusName, now, keyset(page));
        }), page);
    }

    @Override
    public Page<Share> listRequests(RequestScope scope, Instant now, PageRequest page) {
        return sharePage(db.read(handle -> {
            RequestDao dao = handle.attach(RequestDao.class);
            return scope instanceof RequestScope.DecidableBy decider
                    ? dao.decidableBy(decider.user().value(), now, keyset(page))
                    : dao.all(now, keyset(page));
        }), page);
    }

    @Override
    public List<Share> bySourceOrDirectTarget(ContainerId container) {
        return db.read(handle -> handle.attach(ShareDao.class).bySourceOrDirectTarget(container.value())).stream()
                .map(ShareRows::toShare).toList();
    }

    @Override
    public List<Share> targetingProject(ProjectId project) {
        return db.read(handle -> handle.attach(ShareDao.class).targetingProject(project.value())).stream()
                .map(ShareRows::toShare).toList();
    }

    @Override
    public List<Share> claimExpiringSoon(Instant now, Duration notice, int limit) {
        return claim(EventType.EXPIRING, now,
                dao -> dao.claimExpiringSoon(now, now.plus(notice), limit));
    }

    @Override
    public List<Share> claimExpired(Instant now, int limit) {
        return claim(EventType.EXPIRED, now, dao -> dao.claimExpired(now, limit));
    }

    @Override
    public Page<ShareEvent> history(ShareId id, PageRequest page) {
        List<EventRow> rows = db.read(handle -> handle.attach(EventDao.class).history(id.value(), keyset(page)));
        return Page.of(rows.stream().map(EventRows::toEvent).toList(), page.limit(),
                event -> new Cursor(event.at(), event.id()));
    }

    /** The claim and its events commit together: a crash between them cannot lose or repeat a notice. */
    private List<Share> claim(EventType type, Instant now, Function<ShareDao, List<ShareRow>> claimer) {
        return db.inTransaction(handle -> {
            List<Share> claimed = claimer.apply(handle.attach(ShareDao.class)).stream().map(ShareRows::toShare).toList();
            for (Share share : claimed) {
                record(handle, ShareEvent.of(type, share.id(), ShareEvent.SYSTEM, now,
                        Map.of("expires_at", share.expiresAt().orElseThrow().epochSecond())));
            }
            return claimed;
        });
    }

    private static void record(Handle handle, ShareEvent event) {
        handle.attach(EventDao.class).insert(EventRows.toRow(event));
    }

    private static Page<Share> sharePage(List<ShareRow> rows, PageRequest page) {
        return Page.of(rows.stream().map(ShareRows::toShare).toList(), page.limit(),
                share -> new Cursor(share.createdAt(), share.id().value()));
    }

    static ShareDao.Keyset keyset(PageRequest page) {
        Cursor after = page.after();
        return new ShareDao.Keyset(after == null ? null : after.createdAt(), after == null ? null : after.id(),
                page.limit() + 1);
    }

    static ShareDao.Filter filterOf(ShareFilter filter) {
        return new ShareDao.Filter(filter.targetType() == null ? null : filter.targetType().wireName(),
                filter.label() == null ? null : filter.label().value(),
                filter.status() == null ? null : filter.status().wireName(), filter.enabled(), filter.includeExpired(),
                filter.realm() == null ? null : filter.realm().value(), filter.now());
    }
}
