package dev.storageshares.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storageshares.application.support.Errors;
import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.Change;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Label;
import dev.storageshares.domain.share.Mode;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareStatus;
import dev.storageshares.domain.share.ShareUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What any {@code ShareRepository} must do: writes, conflicts, status, deletion and the events they record. */
public abstract class ShareRepositoryContract extends StorageContract {

    @Test
    void anInsertedShareIsFoundAsItWasStored() {
        Share share = stored(direct("c1", "/data", "c2", T0));

        assertThat(store.shares().findById(share.id())).contains(share);
    }

    @Test
    void theSameStorageSharedWithTheSameTargetTwiceIsADuplicate() {
        stored(direct("c1", "/data", "c2", T0));

        assertThatThrownBy(() -> stored(direct("c1", "/data", "c2", T0.plusSeconds(1))))
                .isInstanceOfSatisfying(ShareException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SHARE_ALREADY_EXISTS));
    }

    @Test
    void theSameStorageMayGoToOtherTargets() {
        stored(direct("c1", "/data", "c2", T0));
        stored(direct("c1", "/data", "c3", T0));
        stored(toProject("c1", "/data", "p1", T0));

        assertThat(store.queries().bySourceOrDirectTarget(new ContainerId("c1"))).hasSize(3);
    }

    @Test
    void racingIdenticalInsertsStoreExactlyOne() throws Exception {
        int racers = 32;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                attempts.add(() -> {
                    try {
                        stored(direct("c1", "/race", "c2", T0));
                        return true;
                    } catch (ShareException e) {
                        assertThat(e.code()).isEqualTo(ErrorCode.SHARE_ALREADY_EXISTS);
                        return false;
                    }
                });
            }
            long winners = 0;
            for (Future<Boolean> outcome : pool.invokeAll(attempts)) {
                winners += outcome.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(store.queries().bySourceOrDirectTarget(new ContainerId("c1"))).hasSize(1);
    }

    @Test
    void anUpdateWritesCreatorFieldsAndAdvancesTheVersion() {
        Share share = stored(direct("c1", "/data", "c2", T0));
        Share changed = share.update(new ShareUpdate(Change.set(Mode.READWRITE), Change.keep(), Change.set(new Label("prod")),
                Change.keep(), Change.set(false), Change.keep()), T0.plusSeconds(5));

        Share result = store.shares().update(changed, event(EventType.UPDATED, share, T0.plusSeconds(5)));

        assertThat(result.version()).isEqualTo(share.version() + 1);
        Share reloaded = store.shares().findById(share.id()).orElseThrow();
        assertThat(reloaded).isEqualTo(result);
        assertThat(reloaded.mode()).isEqualTo(Mode.READWRITE);
        assertThat(reloaded.label()).contains(new Label("prod"));
        assertThat(reloaded.enabled()).isFalse();
        assertThat(reloaded.updatedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsAConcurrentModification() {
        Share share = stored(direct("c1", "/data", "c2", T0));
        Share first = share.update(labelled("first"), T0.plusSeconds(1));
        Share second = share.update(labelled("second"), T0.plusSeconds(2));
        store.shares().update(first, event(EventType.UPDATED, share, T0.plusSeconds(1)));

        assertThatThrownBy(() -> store.shares().update(second, event(EventType.UPDATED, share, T0.plusSeconds(2))))
                .isInstanceOfSatisfying(ShareException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION));
        assertThat(store.shares().findById(share.id()).orElseThrow().label()).contains(new Label("first"));
    }

    @Test
    void anUpdateOfADeletedShareIsNotFound() {
        Share share = stored(direct("c1", "/data", "c2", T0));
        store.shares().delete(share.id(), event(EventType.DELETED, share, T0));

        assertThatThrownBy(() -> store.shares().update(share.update(labelled("late"), T0), event(EventType.UPDATED, share, T0)))
                .isInstanceOfSatisfying(ShareException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND));
    }

    @Test
    void anUpdateNeverOverwritesTheStatusTheReconcilerSet() {
        Share share = stored(direct("c1", "/data", "c2", T0));
        store.shares().changeStatus(share.id(), ShareStatus.FAILED, "no volume", event(EventType.FAILED, share, T0));

        store.shares().update(share.update(labelled("later"), T0.plusSeconds(1)), event(EventType.UPDATED, share, T0));

        Share reloaded = store.shares().findById(share.id()).orElseThrow();
        assertThat(reloaded.status()).isEqualTo(ShareStatus.FAILED);
        assertThat(reloaded.statusMessage()).contains("no volume");
    }

    @Test
    void aStatusChangeIsRecordedOnlyWhenTheStatusFlips() {
        Share share = stored(direct("c1", "/data", "c2", T0));

        assertThat(store.shares().changeStatus(share.id(), ShareStatus.ACTIVE, null, event(EventType.RECOVERED, share, T0))).isFalse();
        assertThat(store.shares().changeStatus(share.id(), ShareStatus.FAILED, "a", event(EventType.FAILED, share, T0.plusSeconds(1)))).isTrue();
        assertThat(store.shares().changeStatus(share.id(), ShareStatus.FAILED, "b", event(EventType.FAILED, share, T0.plusSeconds(2)))).isTrue();
        assertThat(store.shares().changeStatus(share.id(), ShareStatus.FAILED, "b", event(EventType.FAILED, share, T0.plusSeconds(3)))).isFalse();

        assertThat(types(share)).containsExactly(EventType.FAILED, EventType.CREATED);
        assertThat(store.shares().findById(share.id()).orElseThrow().statusMessage()).contains("b");
    }

    @Test
    void deletingAShareRemovesItsOverridesAndMountStates() {
        Share share = stored(toProject("c1", "/data", "p1", T0));
        store.overrides().save("a".repeat(24), share.id(), new ContainerId("c2"), false, T0,
                event(EventType.MOUNT_TOGGLED, share, T0));
        store.states().record(new ContainerId("c3"), Map.of(share.id(), MountOutcome.applied()));

        assertThat(store.shares().delete(share.id(), event(EventType.DELETED, share, T0.plusSeconds(1)))).isTrue();
        assertThat(store.shares().delete(share.id(), event(EventType.DELETED, share, T0.plusSeconds(2)))).isFalse();

        assertThat(store.shares().findById(share.id())).isEmpty();
        assertThat(store.overrides().forContainer(new ContainerId("c2"))).isEmpty();
        assertThat(store.states().forContainer(new ContainerId("c3"))).isEmpty();
        assertThat(types(share)).as("the history outlives the share")
                .containsExactly(EventType.DELETED, EventType.MOUNT_TOGGLED, EventType.CREATED);
    }

    private List<EventType> types(Share share) {
        return store.history().history(share.id(), PageRequest.first(100)).items().stream().map(ShareEvent::type).toList();
    }

    private static ShareUpdate labelled(String label) {
        return new ShareUpdate(Change.keep(), Change.keep(), Change.set(new Label(label)), Change.keep(), Change.keep(),
                Change.keep());
    }

    @Test
    void givenTheTargetContainerDeletedMeanwhileWhenAShareIsInsertedThenTheContainerIsNotFound() {
        store.catalog().deleteContainer(new ContainerId("c2"));

        Errors.failsWith(ErrorCode.CONTAINER_NOT_FOUND, () -> stored(direct("c1", "/late", "c2", T0)));
    }

    @Test
    void givenTheTargetProjectDeletedMeanwhileWhenAShareIsInsertedThenTheProjectIsNotFound() {
        store.catalog().deleteProject(new ProjectId("p2"));

        Errors.failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> stored(toProject("c1", "/late", "p2", T0)));
    }
}
