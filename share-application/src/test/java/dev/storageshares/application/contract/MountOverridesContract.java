package dev.storageshares.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.support.Errors;
import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.TimeOrderedId;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountOverride;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What any {@code MountOverrides} must do: one switch per share and container, however often toggled. */
public abstract class MountOverridesContract extends StorageContract {

    @Test
    void aSecondToggleUpdatesTheFirstSwitchInPlace() {
        Share share = stored(toProject("c1", "/a", "p1", T0));
        ContainerId c2 = new ContainerId("c2");

        MountOverride first = store.overrides().save(TimeOrderedId.next(T0), share.id(), c2, false, T0,
                event(EventType.MOUNT_TOGGLED, share, T0));
        MountOverride second = store.overrides().save(TimeOrderedId.next(T0), share.id(), c2, true, T0.plusSeconds(9),
                event(EventType.MOUNT_TOGGLED, share, T0.plusSeconds(9)));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.createdAt()).isEqualTo(T0);
        assertThat(second.updatedAt()).isEqualTo(T0.plusSeconds(9));
        assertThat(second.mount()).isTrue();
        assertThat(store.overrides().forContainer(c2)).containsExactlyEntriesOf(Map.of(share.id(), true));
        assertThat(store.overrides().forContainer(new ContainerId("c3"))).isEmpty();
        assertThat(store.history().history(share.id(), PageRequest.first(100)).items()).extracting(ShareEvent::type)
                .containsExactly(EventType.MOUNT_TOGGLED, EventType.MOUNT_TOGGLED, EventType.CREATED);
    }

    @Test
    void racingTogglesLeaveOneSwitch() throws Exception {
        Share share = stored(toProject("c1", "/a", "p1", T0));
        ContainerId c2 = new ContainerId("c2");
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Callable<MountOverride>> toggles = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                boolean mount = i % 2 == 0;
                toggles.add(() -> store.overrides().save(TimeOrderedId.next(T0), share.id(), c2, mount, T0,
                        event(EventType.MOUNT_TOGGLED, share, T0)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<MountOverride> saved : pool.invokeAll(toggles)) {
                ids.add(saved.get().id());
            }
            assertThat(ids).as("every toggle saw the same row").containsOnly(ids.get(0));
        } finally {
            pool.shutdown();
        }
        assertThat(store.overrides().forContainer(c2)).hasSize(1);
    }

    @Test
    void givenTheShareDeletedMeanwhileWhenASwitchIsSavedThenTheShareIsNotFound() {
        Share share = stored(toProject("c1", "/a", "p1", T0));
        store.shares().delete(share.id(), event(EventType.DELETED, share, T0));

        Errors.failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> store.overrides().save(TimeOrderedId.next(T0), share.id(),
                new ContainerId("c2"), false, T0, event(EventType.MOUNT_TOGGLED, share, T0)));
    }
}
