package dev.storageshares.adapter.persistence;

import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareBatches;
import dev.storageshares.domain.share.ShareEvent;
import java.util.List;
import java.util.Optional;

/**
 * A batch is one transaction: the shares go in one by one, and the first refused insert rolls back
 * the whole transaction. The unique index decides duplicates, so a batch racing single creates of
 * the same shares still leaves exactly one share per storage and target; a deadlock between two
 * batches is retried like any other.
 */
final class JdbiShareBatches implements ShareBatches {
    private final Db db;

    JdbiShareBatches(Db db) {
        this.db = db;
    }

    /** Carries a refusal out of the transaction, which rolls it back. */
    private static final class Refused extends RuntimeException {
        private final transient Refusal refusal;

        Refused(Refusal refusal) {
            super(null, null, false, false);
            this.refusal = refusal;
        }
    }

    @Override
    public Optional<Refusal> insertAll(List<Share> shares, List<ShareEvent> created) {
        if (shares.size() != created.size()) {
            throw new IllegalArgumentException("one created event per share");
        }
        try {
            db.inTransaction(handle -> {
                ShareDao dao = handle.attach(ShareDao.class);
                EventDao events = handle.attach(EventDao.class);
                for (int i = 0; i < shares.size(); i++) {
                    try {
                        dao.insert(ShareRows.toRow(shares.get(i)));
                    } catch (RuntimeException e) {
                        throw refusal(i, e);
                    }
                    events.insert(EventRows.toRow(created.get(i)));
                }
                return null;
            });
            return Optional.empty();
        } catch (Refused refused) {
            return Optional.of(refused.refusal);
        }
    }

    @Override
    public boolean exists(Share candidate) {
        return db.read(handle -> handle.createQuery("select exists (select 1 from shares where source_container_id = :source "
                        + "and md5(source_path) = md5(:path) and source_path = :path and target_type = :type "
                        + "and coalesce(target_container_id, target_project_id) = :target)")
                .bind("source", candidate.sourceContainer().value())
                .bind("path", candidate.sourcePath().value())
                .bind("type", candidate.target().type().wireName())
                .bind("target", candidate.target().id())
                .mapTo(Boolean.class).one());
    }

    /** A refusal the batch reports per item; anything else (an outage, a bug) stays what it is. */
    private static RuntimeException refusal(int index, RuntimeException e) {
        if (Db.isUniqueViolation(e)) {
            return new Refused(new Refusal(index, ShareException.alreadyExists()));
        }
        Optional<String> vanished = Db.violatedForeignKey(e);
        if (vanished.isPresent()) {
            return new Refused(new Refusal(index, vanished.get().equals("shares_target_project_id_fkey")
                    ? ShareException.projectNotFound() : ShareException.containerNotFound()));
        }
        return e;
    }
}
