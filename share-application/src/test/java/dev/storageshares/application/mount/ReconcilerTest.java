package dev.storageshares.application.mount;

import static dev.storageshares.application.support.World.ALICE;
import static dev.storageshares.application.support.World.toContainer;
import static dev.storageshares.application.support.World.toProject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.incoming.ToggleMount;
import dev.storageshares.application.share.SharePatchInput;
import dev.storageshares.application.share.UpdateShare;
import dev.storageshares.application.support.FakeMountDriver;
import dev.storageshares.application.support.World;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountSpec;
import dev.storageshares.domain.mount.MountState;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.Change;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
    private final World world = new World();
    private final FakeMountDriver driver = new FakeMountDriver();
    private final Reconciler reconciler = new Reconciler(world.store.shares(),
            world.store.receivers(), world.store.mountStates(), driver, world.clock);

    private void reconcileAll() {
        for (String id : List.of("web-1", "web-2", "web-3", "db-1")) {
            reconciler.reconcile(new ContainerId(id));
        }
    }

    private Share stored(Share share) {
        return world.store.shares().findById(share.id()).orElseThrow();
    }

    @Test
    void aPlannedShareIsGivenToTheDriverAtItsMountPath() {
        Share share = world.share(ALICE, "web-1", toContainer("/data", "web-2"));
        reconcileAll();

        assertThat(driver.mountedIn("web-2")).extracting(MountSpec::mountPath).containsExactly("/mnt/shares/" + share.id());
        assertThat(world.store.mountStates().forContainer(new ContainerId("web-2")).get(share.id()).state())
                .isEqualTo(MountState.APPLIED);
    }

    @Test
    void aContainerGoneFromTheCatalogIsReleasedByTheDriver() {
        world.share(ALICE, "web-1", toContainer("/data", "web-2"));
        reconcileAll();
        assertThat(driver.mountedIn("web-2")).hasSize(1);

        world.store.catalog().deleteContainer(new ContainerId("web-2"));
        reconciler.reconcile(new ContainerId("web-2"));

        assertThat(driver.mountedIn("web-2")).isEmpty();
    }

    @Test
    void aRejectedShareIsRemovedFromTheReceiverOnly() {
        Share share = world.share(ALICE, "web-1", toProject("/data", "p1"));
        world.app.toggleMount().handle(new ToggleMount.Command(ALICE, "web-2", share.id().value(), false, List.of()));
        reconcileAll();

        assertThat(driver.mountedIn("web-2")).isEmpty();
        assertThat(driver.mountedIn("web-3")).hasSize(1);
        assertThat(driver.mountedIn("web-1")).isEmpty();
    }

    @Test
    void aFailingTargetFailsTheShareAndARepairRecoversIt() {
        Share share = world.share(ALICE, "web-1", toProject("/image-layer", "p1"));
        driver.breakPath("/image-layer");
        reconcileAll();

        assertThat(stored(share).status()).isEqualTo(ShareStatus.FAILED);
        assertThat(stored(share).statusMessage()).contains("/image-layer is not on a volume");

        driver.repairPath("/image-layer");
        reconcileAll();

        assertThat(stored(share).status()).isEqualTo(ShareStatus.ACTIVE);
        assertThat(world.store.history().history(share.id(), PageRequest.first(100)).items())
                .extracting(ShareEvent::type).startsWith(EventType.RECOVERED, EventType.FAILED);
    }

    @Test
    void disablingAFailedShareClearsItsFailure() {
        Share share = world.share(ALICE, "web-1", toContainer("/broken", "web-2"));
        driver.breakPath("/broken");
        reconcileAll();
        world.app.updateShare().handle(new UpdateShare.Command(ALICE, "web-1", share.id().value(), new SharePatchInput(
                Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.set(false), Change.keep(), List.of())));
        reconcileAll();

        assertThat(stored(share).status()).isEqualTo(ShareStatus.ACTIVE);
        assertThat(driver.mountedIn("web-2")).isEmpty();
    }

    @Test
    void aDeletedContainerIsSimplySkipped() {
        reconciler.reconcile(new ContainerId("ghost"));

        assertThat(driver.mountedIn("ghost")).isEmpty();
    }
}
