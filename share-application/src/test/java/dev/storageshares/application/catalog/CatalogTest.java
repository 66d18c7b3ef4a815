package dev.storageshares.application.catalog;

import static dev.storageshares.application.support.Errors.failsWith;
import static dev.storageshares.application.support.World.ADMIN;
import static dev.storageshares.application.support.World.ALICE;
import static dev.storageshares.application.support.World.BOB;
import static dev.storageshares.application.support.World.MIA;
import static dev.storageshares.application.support.World.toContainer;
import static dev.storageshares.application.support.World.toProject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.support.World;
import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.FieldError;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.share.Share;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private final World world = new World();

    @Test
    void onlyAdminsMayTouchTheCatalog() {
        failsWith(ErrorCode.INSUFFICIENT_PERMISSIONS, () -> world.app.getProject().handle(new GetProject.Command(ALICE, "p1")));
        failsWith(ErrorCode.INSUFFICIENT_PERMISSIONS, () -> world.app.deleteContainer().handle(new DeleteContainer.Command(ALICE, "web-1")));
    }

    @Test
    void savingTwiceCreatesThenReplaces() {
        ProjectInput input = new ProjectInput("r1", "Team", List.of(), List.of());
        assertThat(world.app.saveProject().handle(new SaveProject.Command(ADMIN, "new", input)).created()).isTrue();
        assertThat(world.app.saveProject().handle(new SaveProject.Command(ADMIN, "new", input)).created()).isFalse();
    }

    @Test
    void aContainerMustJoinAnExistingProjectOfItsRealm() {
        ShareException e = failsWith(ErrorCode.VALIDATION_ERROR, () -> world.app.saveContainer().handle(
                new SaveContainer.Command(ADMIN, "c9", new ContainerInput("r2", "p1", "u", "n", "n", List.of()))));
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("project_id");
    }

    @Test
    void everyMissingContainerFieldIsReported() {
        ShareException e = failsWith(ErrorCode.VALIDATION_ERROR, () -> world.app.saveContainer().handle(
                new SaveContainer.Command(ADMIN, "bad/id", new ContainerInput(null, null, null, null, null, List.of()))));
        assertThat(e.fieldErrors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("container_id", "realm_id", "project_id", "owner_id", "name", "runtime_ref");
    }

    @Test
    void deletingAContainerDeletesItsSharesBothWaysAndUnmountsTheirOtherTargetsAndItself() {
        Share outgoing = world.share(ALICE, "web-1", toProject("/d", "p1"));
        Share incoming = world.share(World.ADMIN, "db-1", toContainer("/db", "web-1"));
        Share unrelated = world.share(MIA, "web-2", toContainer("/x", "web-3"));
        world.reconcile.takeRequested();

        world.app.deleteContainer().handle(new DeleteContainer.Command(ADMIN, "web-1"));

        assertThat(world.store.shares().findById(outgoing.id())).isEmpty();
        assertThat(world.store.shares().findById(incoming.id())).isEmpty();
        assertThat(world.store.shares().findById(unrelated.id())).isPresent();
        assertThat(world.reconcile.takeRequested()).containsExactlyInAnyOrder("web-1", "web-2", "web-3");
    }

    @Test
    void deletingAProjectDeletesItsContainersAndTheSharesTargetingItAndReleasesTheContainers() {
        Share toP1 = world.share(World.ADMIN, "db-1", toProject("/db", "p1"));
        Share fromP1 = world.share(World.ADMIN, "web-1", toContainer("/d", "db-1"));
        world.reconcile.takeRequested();

        world.app.deleteProject().handle(new DeleteProject.Command(ADMIN, "p1"));

        assertThat(world.store.catalog().findContainer(new ContainerId("web-2"))).isEmpty();
        assertThat(world.store.shares().findById(toP1.id())).isEmpty();
        assertThat(world.store.shares().findById(fromP1.id())).isEmpty();
        // db-1 loses a mount; p1's containers are gone, and their reconciles release what was kept for them
        assertThat(world.reconcile.takeRequested()).containsExactlyInAnyOrder("db-1", "web-1", "web-2", "web-3");
    }

    @Test
    void aProjectWithContainersCannotChangeRealm() {
        failsWith(ErrorCode.VALIDATION_ERROR, () -> world.app.saveProject().handle(
                new SaveProject.Command(ADMIN, "p1", new ProjectInput("r2", "Team", List.of(), List.of()))));
    }
}
