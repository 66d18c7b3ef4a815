package dev.storageshares.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareBatches;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What any {@code ShareBatches} must do: all or nothing, the first refusal named, racing creates still unique. */
public abstract class ShareBatchesContract extends StorageContract {

    private Optional<ShareBatches.Refusal> insertAll(Share... shares) {
        return store.batches().insertAll(List.of(shares),
                List.of(shares).stream().map(share -> event(EventType.CREATED, share, share.createdAt())).toList());
    }

    private List<Share> sharesOf(String source) {
        return store.queries().listBySource(new ContainerId(source), ShareFilter.none(T0.plusSeconds(60)), PageRequest.first(100)).items();
    }

    @Test
    void aBatchIsStoredWholeWithOneEventPerShare() {
        Share first = direct("c1", "/a", "c2", T0);
        Share second = toProject("c1", "/b", "p1", T0);

        assertThat(insertAll(first, second)).isEmpty();

        assertThat(sharesOf("c1")).containsExactlyInAnyOrder(first, second);
        assertThat(store.history().history(second.id(), PageRequest.first(100)).items())
                .extracting(ShareEvent::type).containsExactly(EventType.CREATED);
    }

    @Test
    void anExistingShareRefusesTheWholeBatchNamingItsPosition() {
        stored(direct("c1", "/b", "c2", T0));
        Share fresh = direct("c1", "/a", "c2", T0);

        Optional<ShareBatches.Refusal> refusal = insertAll(fresh, direct("c1", "/b/", "c2", T0), direct("c1", "/c", "c3", T0));

        assertThat(refusal).map(ShareBatches.Refusal::index).contains(1);
        assertThat(refusal.orElseThrow().reason().code()).isEqualTo(ErrorCode.SHARE_ALREADY_EXISTS);
        assertThat(sharesOf("c1")).hasSize(1);
        assertThat(store.shares().findById(fresh.id())).isEmpty();
        assertThat(store.history().history(fresh.id(), PageRequest.first(100)).items()).isEmpty();
    }

    @Test
    void aShareRepeatedInsideTheBatchIsRefusedAtItsSecondPosition() {
        Optional<ShareBatches.Refusal> refusal = insertAll(direct("c1", "/a", "c2", T0), direct("c1", "/a", "c2", T0));

        assertThat(refusal).map(ShareBatches.Refusal::index).contains(1);
        assertThat(sharesOf("c1")).isEmpty();
    }

    @Test
    void aTargetDeletedMeanwhileRefusesTheBatchAsNotFound() {
        Share toD1 = direct("c1", "/a", "d1", T0);
        store.catalog().deleteContainer(new ContainerId("d1"));

        Optional<ShareBatches.Refusal> refusal = insertAll(direct("c1", "/b", "c2", T0), toD1);

        assertThat(refusal.orElseThrow().index()).isEqualTo(1);
        assertThat(refusal.orElseThrow().reason().code()).isEqualTo(ErrorCode.CONTAINER_NOT_FOUND);
        assertThat(sharesOf("c1")).isEmpty();
    }

    @Test
    void existsAnswersForTheSameStorageAndTargetOnly() {
        stored(direct("c1", "/a", "c2", T0));

        assertThat(store.batches().exists(direct("c1", "/a", "c2", T0))).isTrue();
        assertThat(store.batches().exists(direct("c1", "/a", "c3", T0))).isFalse();
        assertThat(store.batches().exists(toProject("c1", "/a", "p1", T0))).isFalse();
        assertThat(store.batches().exists(direct("c2", "/a", "c1", T0))).isFalse();
    }

    @Test
    void aBatchRacingSingleInsertsOfTheSameSharesLeavesExactlyOnePerStorageAndTarget() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                List<Share> batch = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    batch.add(direct("c1", "/r" + round + "/" + i, "c2", T0));
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> racers = new ArrayList<>();
                racers.add(pool.submit(() -> {
                    start.await();
                    return store.batches().insertAll(batch, batch.stream().map(s -> event(EventType.CREATED, s, T0)).toList());
                }));
                for (int i = 3; i >= 1; i--) {
                    Share single = direct("c1", "/r" + round + "/" + i, "c2", T0);
                    racers.add(pool.submit(() -> {
                        start.await();
                        try {
                            store.shares().insert(single, event(EventType.CREATED, single, T0));
                        } catch (ShareException e) {
                            assertThat(e.code()).isEqualTo(ErrorCode.SHARE_ALREADY_EXISTS);
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> racer : racers) {
                    racer.get(60, TimeUnit.SECONDS);
                }
                for (int i = 1; i < 4; i++) {
                    assertThat(store.batches().exists(direct("c1", "/r" + round + "/" + i, "c2", T0))).isTrue();
                }
            }
            assertThat(sharesOf("c1")).extracting(share -> share.sourcePath().value() + ">" + share.target().id())
                    .doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }
}
