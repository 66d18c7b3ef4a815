package dev.storageshares.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.domain.TimeOrderedId;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.ProjectRole;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.Receiver;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareTarget;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What any {@code Receivers} must do: one container's receiving side read at once, agreeing with
 * what the catalog, the share queries, the switches and the states say one by one.
 */
public abstract class ReceiversContract extends StorageContract {

    @Test
    void givenAnUnknownContainerThenThereIsNoReceiver() {
        assertThat(store.receivers().find(new ContainerId("nope"), T0)).isEmpty();
    }

    @Test
    void givenAContainerThatReceivesNothingThenItsReceiverHasItsProjectAndNoCandidates() {
        Receiver receiver = store.receivers().find(new ContainerId("c2"), T0).orElseThrow();

        assertThat(receiver.container()).isEqualTo(container("c2"));
        assertThat(receiver.project().id().value()).isEqualTo("p1");
        assertThat(receiver.project().roleOf(member("vic", ProjectRole.VIEWER).user())).contains(ProjectRole.VIEWER);
        assertThat(receiver.project().members()).hasSize(2);
        assertThat(receiver.candidates()).isEmpty();
        assertThat(receiver.switches()).isEmpty();
        assertThat(receiver.reported()).isEmpty();
    }

    @Test
    void givenDirectAndProjectSharesThenTheCandidatesAreTheUnexpiredOnesTargetingTheContainerNewestFirst() {
        Share direct = stored(direct("c1", "/direct", "c2", T0));
        Share project = stored(toProject("d1", "/project", "p1", T0.plusSeconds(1)));
        stored(share("c1", "/expired", directTo("c2"), T0.plusSeconds(60), T0));
        stored(direct("c1", "/elsewhere", "c3", T0));
        stored(toProject("c1", "/other-project", "p2", T0));

        Receiver receiver = store.receivers().find(new ContainerId("c2"), T0.plusSeconds(120)).orElseThrow();

        assertThat(receiver.candidates()).containsExactlyInAnyOrder(project, direct);
        assertThat(receiver.candidates()).containsExactlyInAnyOrderElementsOf(
                store.queries().incomingCandidates(container("c2"), T0.plusSeconds(120)));
        assertThat(receiver.sources()).isEqualTo(Map.of(new ContainerId("c1"), container("c1"),
                new ContainerId("d1"), container("d1")));
    }

    @Test
    void givenSwitchesAndReportedStatesThenTheReceiverCarriesOnlyItsOwn() {
        Share one = stored(toProject("d1", "/one", "p1", T0));
        Share two = stored(toProject("d1", "/two", "p1", T0));
        ContainerId c2 = new ContainerId("c2");
        ContainerId c3 = new ContainerId("c3");
        store.overrides().save(TimeOrderedId.next(T0), one.id(), c2, false, T0, toggled(one));
        store.overrides().save(TimeOrderedId.next(T0), two.id(), c3, false, T0, toggled(two));
        store.states().record(c2, Map.of(one.id(), MountOutcome.failed("no volume"), two.id(), MountOutcome.applied()));
        store.states().record(c3, Map.of(one.id(), MountOutcome.pending()));

        Receiver receiver = store.receivers().find(c2, T0).orElseThrow();

        assertThat(receiver.switches()).isEqualTo(Map.of(one.id(), false));
        assertThat(receiver.reported()).isEqualTo(
                Map.of(one.id(), MountOutcome.failed("no volume"), two.id(), MountOutcome.applied()));
    }

    private static ShareTarget directTo(String container) {
        return ShareTarget.of(new ContainerId(container), null);
    }

    private static ShareEvent toggled(Share share) {
        return event(EventType.MOUNT_TOGGLED, share, T0);
    }
}
