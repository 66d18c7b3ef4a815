package dev.storageshares.application.incoming;

import static dev.storageshares.application.support.World.ADMIN;
import static dev.storageshares.application.support.World.ALICE;
import static dev.storageshares.application.support.World.MIA;
import static dev.storageshares.application.support.World.toContainer;
import static dev.storageshares.application.support.World.toProject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storageshares.application.access.Caller;
import dev.storageshares.application.share.NewShareInput;
import dev.storageshares.application.support.World;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountState;
import dev.storageshares.domain.share.Share;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RealisedMountsTest {
    private final World world = new World();

    private List<ShareMount> mounts(Share share, RealisedMounts.Scope scope) {
        return world.app.realisedMounts().handle(new RealisedMounts.Command(List.of(share), scope)).get(share.id());
    }

    private List<ShareMount> mounts(Share share) {
        return mounts(share, new RealisedMounts.Scope.EveryTarget());
    }

    private List<String> containers(Share share) {
        return mounts(share).stream().map(m -> m.container().value()).toList();
    }

    @Test
    void aPlannedShareIsPendingOnItsTargetUntilTheDriverReports() {
        Share direct = world.share(ALICE, "web-1", toContainer("/d", "web-2"));
        assertThat(mounts(direct)).extracting(m -> m.container().value(), m -> m.outcome().state())
                .containsExactly(tuple("web-2", MountState.PENDING));

        world.store.mountStates().record(new ContainerId("web-2"), Map.of(direct.id(), MountOutcome.failed("no such dir")));

        assertThat(mounts(direct)).containsExactly(new ShareMount(new ContainerId("web-2"), MountOutcome.failed("no such dir")));
    }

    @Test
    void aProjectShareIsMountedInEveryContainerOfTheProjectButItsSourceInContainerOrder() {
        Share project = world.share(MIA, "web-2", toProject("/logs", "p1"));

        assertThat(containers(project)).containsExactly("web-1", "web-3");
    }

    @Test
    void aDisabledOrExpiredShareIsMountedNowhere() {
        Share disabled = world.share(ALICE, "web-1", new NewShareInput("/d", "web-2", null, "readonly", null, null, null,
                false, null, List.of()));
        long soon = World.START.getEpochSecond() + 60;
        Share expiring = world.share(ALICE, "web-1", new NewShareInput("/e", "web-2", null, "readonly", null, null, null,
                null, soon, List.of()));
        assertThat(containers(expiring)).containsExactly("web-2");

        world.clock.advance(Duration.ofMinutes(2));

        assertThat(mounts(disabled)).isEmpty();
        assertThat(mounts(expiring)).isEmpty();
    }

    @Test
    void aContainerWhoseReceiverSwitchedTheShareOffIsLeftOut() {
        Share project = world.share(MIA, "web-2", toProject("/logs", "p1"));
        world.app.toggleMount().handle(new ToggleMount.Command(ALICE, "web-1", project.id().value(), false, List.of()));

        assertThat(containers(project)).containsExactly("web-3");
    }

    @Test
    void aProjectShareHiddenByADirectShareOfTheSameStorageIsNotMountedThere() {
        Share project = world.share(MIA, "web-2", toProject("/logs", "p1"));
        Share direct = world.share(MIA, "web-2", toContainer("/logs", "web-3"));

        assertThat(containers(project)).containsExactly("web-1");
        assertThat(containers(direct)).containsExactly("web-3");
    }

    @Test
    void aReceiverViewReportsOnlyTheContainersAskedAbout() {
        Share project = world.share(MIA, "web-2", toProject("/logs", "p1"));
        world.container("web-4", "r1", "p1", "zoe");
        Caller zoe = Caller.user("zoe");

        assertThat(mounts(project, new RealisedMounts.Scope.Only(new ContainerId("web-3"))))
                .extracting(m -> m.container().value()).containsExactly("web-3");
        assertThat(mounts(project, new RealisedMounts.Scope.Only(new ContainerId("db-1")))).isEmpty();
        assertThat(mounts(project, new RealisedMounts.Scope.ReadableBy(zoe)))
                .extracting(m -> m.container().value()).containsExactly("web-4");
        assertThat(mounts(project, new RealisedMounts.Scope.ReadableBy(ADMIN)))
                .extracting(m -> m.container().value()).containsExactly("web-1", "web-3", "web-4");
    }
}
