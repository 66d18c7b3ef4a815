package dev.storageshares.application.share;

import static dev.storageshares.application.support.Errors.failsWith;
import static dev.storageshares.application.support.World.ALICE;
import static dev.storageshares.application.support.World.BOB;
import static dev.storageshares.application.support.World.VIC;
import static dev.storageshares.application.support.World.toProject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.support.World;
import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.share.Share;
import org.junit.jupiter.api.Test;

class DeleteShareTest {
    private final World world = new World();
    private final Share share = world.share(ALICE, "web-1", toProject("/data", "p1"));

    @Test
    void theCreatorSideDeletesAndEveryTargetIsReconciled() {
        world.reconcile.takeRequested();
        world.app.deleteShare().handle(new DeleteShare.Command(ALICE, share.id().value()));

        assertThat(world.store.shares().findById(share.id())).isEmpty();
        assertThat(world.reconcile.takeRequested()).containsExactlyInAnyOrder("web-2", "web-3");
    }

    @Test
    void aCallerWhoCannotReadTheSourceHearsNotFound() {
        var e = failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> world.app.deleteShare().handle(new DeleteShare.Command(BOB, share.id().value())));
        assertThat(e.getMessage()).isEqualTo("Storage share not found");
    }

    @Test
    void aReadOnlyCallerIsForbidden() {
        failsWith(ErrorCode.INSUFFICIENT_PERMISSIONS, () -> world.app.deleteShare().handle(new DeleteShare.Command(VIC, share.id().value())));
    }

    @Test
    void unknownAndMalformedIdsAreNotFound() {
        failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> world.app.deleteShare().handle(new DeleteShare.Command(ALICE, "0".repeat(24))));
        failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> world.app.deleteShare().handle(new DeleteShare.Command(ALICE, "zzz")));
    }
}
