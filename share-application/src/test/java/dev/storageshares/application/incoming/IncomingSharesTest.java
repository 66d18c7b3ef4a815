package dev.storageshares.application.incoming;

import static dev.storageshares.application.support.Errors.failsWith;
import static dev.storageshares.application.support.World.ALICE;
import static dev.storageshares.application.support.World.BOB;
import static dev.storageshares.application.support.World.EVE;
import static dev.storageshares.application.support.World.MIA;
import static dev.storageshares.application.support.World.VIC;
import static dev.storageshares.application.support.World.toContainer;
import static dev.storageshares.application.support.World.toProject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storageshares.application.share.ListFilters;
import dev.storageshares.application.support.World;
import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.mount.MountState;
import dev.storageshares.domain.share.Share;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncomingSharesTest {
    private final World world = new World();

    private List<IncomingShare> incoming(String container) {
        return world.app.listIncomingShares().handle(new ListIncomingShares.Command(ALICE, container));
    }

    private ToggleMount.Result toggle(String container, Share share, Boolean mount) {
        return world.app.toggleMount().handle(new ToggleMount.Command(ALICE, container, share.id().value(), mount, List.of()));
    }

    @Test
    void aReceiverSeesDirectAndProjectSharesWithTheirSwitch() {
        Share direct = world.share(World.ADMIN, "db-1", toContainer("/db", "web-1"));
        Share project = world.share(MIA, "web-2", toProject("/logs", "p1"));

        assertThat(incoming("web-1")).containsExactlyInAnyOrder(new IncomingShare(direct, true), new IncomingShare(project, true));
        assertThat(incoming("web-2")).isEmpty();
    }

    @Test
    void rejectingAShareFlipsOnlyThatContainersSwitchAndTheMountPlan() {
        Share project = world.share(MIA, "web-2", toProject("/logs", "p1"));
        world.reconcile.takeRequested();

        ToggleMount.Result result = toggle("web-1", project, false);

        assertThat(result.override().mount()).isFalse();
        assertThat(incoming("web-1")).containsExactly(new IncomingShare(project, false));
        assertThat(incoming("web-3")).containsExactly(new IncomingShare(project, true));
        assertThat(world.reconcile.takeRequested()).containsExactly("web-1");
        assertThat(world.app.getContainerMounts().handle(new GetContainerMounts.Command(ALICE, "web-1"))).isEmpty();
    }

    @Test
    void togglingTwiceKeepsOneOverride() {
        Share project = world.share(MIA, "web-2", toProject("/logs", "p1"));

        ToggleMount.Result first = toggle("web-1", project, false);
        ToggleMount.Result second = toggle("web-1", project, true);

        assertThat(second.override().id()).isEqualTo(first.override().id());
        assertThat(second.override().createdAt()).isEqualTo(first.override().createdAt());
    }

    @Test
    void aShareThatDoesNotReachTheContainerIsNotTargetedWithItsIds() {
        Share direct = world.share(ALICE, "web-1", toContainer("/d", "web-2"));

        ShareException e = failsWith(ErrorCode.NOT_TARGETED, () -> toggle("web-3", direct, true));
        assertThat(e.getMessage()).isEqualTo("This share does not target the specified container");
        assertThat(e.details()).containsEntry("share_id", direct.id().value()).containsEntry("container_id", "web-3")
                .containsEntry("target_container_id", "web-2").containsEntry("target_project_id", null);
        failsWith(ErrorCode.NOT_TARGETED, () -> toggle("web-1", direct, true));
    }

    @Test
    void givenAShareTheCallerSeesThroughNoneOfItsContainersThenTogglingAnswersLikeAnUnknownId() {
        Share direct = world.share(ALICE, "web-1", toContainer("/d", "web-2"));
        Share project = world.share(MIA, "web-2", toProject("/logs", "p1"));

        for (Share theirs : List.of(direct, project)) {
            ShareException e = failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> world.app.toggleMount().handle(
                    new ToggleMount.Command(BOB, "db-1", theirs.id().value(), true, List.of())));
            assertThat(e.getMessage()).isEqualTo("Share not found");
            assertThat(e.details()).isEmpty();
        }
        failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> world.app.toggleMount().handle(
                new ToggleMount.Command(BOB, "db-1", direct.id().value(), null, List.of())));
    }

    @Test
    void anUnknownShareIsNotFoundAndAViewerCannotToggle() {
        Share direct = world.share(ALICE, "web-1", toContainer("/d", "web-2"));
        ShareException e = failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> world.app.toggleMount().handle(
                new ToggleMount.Command(ALICE, "web-2", "f".repeat(24), true, List.of())));

        assertThat(e.getMessage()).isEqualTo("Share not found");
        failsWith(ErrorCode.INSUFFICIENT_PERMISSIONS, () -> world.app.toggleMount().handle(
                new ToggleMount.Command(VIC, "web-2", direct.id().value(), true, List.of())));
        failsWith(ErrorCode.VALIDATION_ERROR, () -> toggle("web-2", direct, null));
    }

    @Test
    void theMountsViewShowsPlannedSharesAsPendingUntilADriverReports() {
        Share direct = world.share(World.ADMIN, "db-1", toContainer("/db", "web-1"));

        List<ContainerMount> mounts = world.app.getContainerMounts().handle(new GetContainerMounts.Command(ALICE, "web-1"));

        assertThat(mounts).extracting(m -> m.share().id(), m -> m.outcome().state())
                .containsExactly(tuple(direct.id(), MountState.PENDING));
    }

    @Test
    void theGlobalIncomingListHoldsEachShareOnceAndOnlyForReadableContainers() {
        Share project = world.share(MIA, "web-2", toProject("/logs", "p1"));
        world.share(World.ADMIN, "db-1", toContainer("/db", "web-1"));

        assertThat(world.app.listAllIncomingShares().handle(new ListAllIncomingShares.Command(MIA, ListFilters.none())).items())
                .hasSize(2).contains(project);
        assertThat(world.app.listAllIncomingShares().handle(new ListAllIncomingShares.Command(EVE, ListFilters.none())).items())
                .isEmpty();
    }

    @Test
    void anOutsiderCannotSeeAContainersIncomingShares() {
        failsWith(ErrorCode.CONTAINER_NOT_FOUND, () -> world.app.listIncomingShares().handle(new ListIncomingShares.Command(EVE, "web-1")));
    }
}
