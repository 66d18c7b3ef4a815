package dev.storageshares.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What any {@code MountStates} must do: the driver's last word per share and container. */
public abstract class MountStatesContract extends StorageContract {

    @Test
    void recordingReplacesEverythingKnownForTheContainer() {
        Share a = stored(toProject("c1", "/a", "p1", T0));
        Share b = stored(toProject("c1", "/b", "p1", T0));
        ContainerId c2 = new ContainerId("c2");

        store.states().record(c2, Map.of(a.id(), MountOutcome.applied(), b.id(), MountOutcome.failed("no volume")));
        store.states().record(c2, Map.of(b.id(), MountOutcome.pending()));

        assertThat(store.states().forContainer(c2)).containsExactlyEntriesOf(Map.of(b.id(), MountOutcome.pending()));
    }

    @Test
    void aSharesOutcomesAreKeptPerContainer() {
        Share share = stored(toProject("c1", "/a", "p1", T0));
        store.states().record(new ContainerId("c2"), Map.of(share.id(), MountOutcome.applied()));
        store.states().record(new ContainerId("c3"), Map.of(share.id(), MountOutcome.failed("gone")));

        assertThat(store.states().forShare(share.id())).containsExactly(
                Map.entry(new ContainerId("c2"), MountOutcome.applied()),
                Map.entry(new ContainerId("c3"), MountOutcome.failed("gone")));
    }

    @Test
    void outcomesOfADeletedShareAreDropped() {
        Share share = stored(toProject("c1", "/a", "p1", T0));
        store.shares().delete(share.id(), event(EventType.DELETED, share, T0));

        store.states().record(new ContainerId("c2"), Map.of(share.id(), MountOutcome.applied()));

        assertThat(store.states().forContainer(new ContainerId("c2"))).isEmpty();
    }

    @Test
    void givenSharesDeletedWhileTheirStatesAreRecordedThenNeitherSideFails() throws Exception {
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            shares.add(stored(toProject("c1", "/race/" + i, "p1", T0.plusSeconds(i))));
        }
        Map<ShareId, MountOutcome> allApplied = new HashMap<>();
        shares.forEach(share -> allApplied.put(share.id(), MountOutcome.applied()));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (String container : List.of("c2", "c3")) {
                work.add(threads.submit(() -> {
                    for (int round = 0; round < 40; round++) {
                        store.states().record(new ContainerId(container), allApplied);
                    }
                }));
            }
            work.add(threads.submit(() -> shares.forEach(share ->
                    store.shares().delete(share.id(), event(EventType.DELETED, share, T0)))));
            for (Future<?> done : work) {
                done.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(store.states().forContainer(new ContainerId("c2"))).isEmpty();
        assertThat(store.states().forContainer(new ContainerId("c3"))).isEmpty();
    }
}
