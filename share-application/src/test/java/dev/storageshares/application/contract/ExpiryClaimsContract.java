package dev.storageshares.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.Change;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.ExpiresAt;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareTarget;
import dev.storageshares.domain.share.ShareUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The sweeper's claims: each share announced once, whoever and however many sweep. */
public abstract class ExpiryClaimsContract extends StorageContract {
    private static final Duration NOTICE = Duration.ofHours(24);

    private Share expiringAt(String path, Instant at) {
        return stored(share("c1", path, ShareTarget.of(new ContainerId("c2"), null), at, T0));
    }

    @Test
    void sharesInsideTheNoticeWindowAreClaimedOnceWithAnEvent() {
        Share soon = expiringAt("/soon", T0.plus(Duration.ofHours(2)));
        Share edge = expiringAt("/edge", T0.plus(NOTICE));
        expiringAt("/later", T0.plus(NOTICE).plusSeconds(1));
        stored(direct("c1", "/never", "c3", T0));

        List<Share> claimed = store.expiryClaims().claimExpiringSoon(T0, NOTICE, 100);

        assertThat(claimed).extracting(Share::id).containsExactlyInAnyOrder(soon.id(), edge.id());
        assertThat(claimed).allMatch(Share::expiryNotified);
        assertThat(store.expiryClaims().claimExpiringSoon(T0, NOTICE, 100)).isEmpty();
        assertThat(types(soon)).containsExactly(EventType.EXPIRING, EventType.CREATED);
    }

    @Test
    void expiredSharesAreClaimedOnceAndNotAsExpiringSoon() {
        Share share = expiringAt("/gone", T0.plusSeconds(10));
        Instant after = T0.plusSeconds(10);

        assertThat(store.expiryClaims().claimExpiringSoon(after, NOTICE, 100)).isEmpty();
        assertThat(store.expiryClaims().claimExpired(after, 100)).extracting(Share::id).containsExactly(share.id());
        assertThat(store.expiryClaims().claimExpired(after, 100)).isEmpty();
        assertThat(types(share)).containsExactly(EventType.EXPIRED, EventType.CREATED);
    }

    @Test
    void aNewExpiryReArmsBothClaims() {
        Share share = expiringAt("/moved", T0.plusSeconds(10));
        store.expiryClaims().claimExpiringSoon(T0, NOTICE, 100);
        store.expiryClaims().claimExpired(T0.plusSeconds(10), 100);
        Share current = store.shares().findById(share.id()).orElseThrow();
        Share moved = current.update(new ShareUpdate(Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), Change.set(new ExpiresAt(T0.plusSeconds(100)))), T0.plusSeconds(5));
        store.shares().update(moved, event(EventType.UPDATED, share, T0.plusSeconds(5)));

        assertThat(store.expiryClaims().claimExpiringSoon(T0.plusSeconds(6), NOTICE, 100)).hasSize(1);
        assertThat(store.expiryClaims().claimExpired(T0.plusSeconds(100), 100)).hasSize(1);
    }

    @Test
    void twoRacingSweepersClaimEachOfAThousandSharesExactlyOnce() throws Exception {
        int shares = 1000;
        for (int i = 0; i < shares; i++) {
            expiringAt("/s" + i, T0.plus(Duration.ofHours(1)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<Share>>> sweepers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sweepers.add(() -> {
                    List<Share> mine = new ArrayList<>();
                    for (List<Share> batch = store.expiryClaims().claimExpiringSoon(T0, NOTICE, 25); !batch.isEmpty();
                         batch = store.expiryClaims().claimExpiringSoon(T0, NOTICE, 25)) {
                        mine.addAll(batch);
                    }
                    return mine;
                });
            }
            Set<String> claimed = new HashSet<>();
            int total = 0;
            for (Future<List<Share>> sweeper : pool.invokeAll(sweepers)) {
                for (Share share : sweeper.get()) {
                    claimed.add(share.id().value());
                    total++;
                }
            }
            assertThat(total).isEqualTo(shares);
            assertThat(claimed).hasSize(shares);
        } finally {
            pool.shutdown();
        }
    }

    private List<EventType> types(Share share) {
        return store.history().history(share.id(), PageRequest.first(100)).items().stream().map(ShareEvent::type).toList();
    }
}
