package dev.storageshares.adapter.persistence;

import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareRepository;
import dev.storageshares.domain.share.ShareStatus;
import java.util.Objects;
import java.util.Optional;

final class JdbiShareRepository implements ShareRepository {
    private final Db db;

    JdbiShareRepository(Db db) {
        this.db = db;
    }

    @Override
    public void insert(Share share, ShareEvent created) {
        try {
            db.inOneStatement(connection -> {
                ShareInsert.run(connection, ShareRows.toRow(share), EventRows.toRow(created));
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
            EventRows.record(handle, updated);
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
                EventRows.record(handle, event);
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
            EventRows.record(handle, event);
            return ShareRows.toShare(stored.get());
        });
    }

    @Override
    public boolean delete(ShareId id, ShareEvent deleted) {
        return db.inTransaction(handle -> {
            boolean existed = handle.attach(ShareDao.class).delete(id.value()) > 0;
            if (existed) {
                EventRows.record(handle, deleted);
            }
            return existed;
        });
    }

    @Override
    public Optional<Share> findById(ShareId id) {
        return db.read(handle -> handle.attach(ShareDao.class).find(id.value()).map(ShareRows::toShare));
    }
}
