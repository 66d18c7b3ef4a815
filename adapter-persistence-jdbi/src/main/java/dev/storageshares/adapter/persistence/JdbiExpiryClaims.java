package dev.storageshares.adapter.persistence;

import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.ExpiryClaims;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

final class JdbiExpiryClaims implements ExpiryClaims {
    private final Db db;

    JdbiExpiryClaims(Db db) {
        this.db = db;
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

    /** The claim and its events commit together: a crash between them cannot lose or repeat a notice. */
    private List<Share> claim(EventType type, Instant now, Function<ShareDao, List<ShareRow>> claimer) {
        return db.inTransaction(handle -> {
            List<Share> claimed = claimer.apply(handle.attach(ShareDao.class)).stream().map(ShareRows::toShare).toList();
            for (Share share : claimed) {
                EventRows.record(handle, ShareEvent.of(type, share.id(), ShareEvent.SYSTEM, now,
                        Map.of("expires_at", share.expiresAt().orElseThrow().epochSecond())));
            }
            return claimed;
        });
    }
}
