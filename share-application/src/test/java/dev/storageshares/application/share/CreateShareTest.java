package dev.storageshares.application.share;

import static dev.storageshares.application.support.Errors.failsWith;
import static dev.storageshares.application.support.World.ALICE;
import static dev.storageshares.application.support.World.EVE;
import static dev.storageshares.application.support.World.MIA;
import static dev.storageshares.application.support.World.VIC;
import static dev.storageshares.application.support.World.toContainer;
import static dev.storageshares.application.support.World.toProject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.support.World;
import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.FieldError;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateShareTest {
    private final World world = new World();

    @Test
    void givenAWritableSourceAndReadableTarget_whenSharing_thenTheShareIsStoredActiveAndTheTargetReconciled() {
        Share share = world.share(ALICE, "web-1", toContainer("//data//x/", "web-2"));

        assertThat(share.sourcePath().value()).isEqualTo("/data/x");
        assertThat(share.status()).isEqualTo(ShareStatus.ACTIVE);
        assertThat(share.createdBy().value()).isEqualTo("alice");
        assertThat(world.store.shares().findById(share.id())).contains(share);
        assertThat(world.reconcile.takeRequested()).containsExactly("web-2");
    }

    @Test
    void aProjectShareReconcilesEveryContainerOfTheProjectButTheSource() {
        world.share(ALICE, "web-1", toProject("/data", "p1"));

        assertThat(world.reconcile.takeRequested()).containsExactlyInAnyOrder("web-2", "web-3");
    }

    @Test
    void anUnknownOrUnreadableSourceIsNotFoundBeforeTheBodyIsJudged() {
        NewShareInput garbage = new NewShareInput(null, null, null, "bad", null, null, null, null, null, List.of());

        failsWith(ErrorCode.CONTAINER_NOT_FOUND, () -> world.share(ALICE, "nope", garbage));
        failsWith(ErrorCode.CONTAINER_NOT_FOUND, () -> world.share(EVE, "web-1", garbage));
        failsWith(ErrorCode.CONTAINER_NOT_FOUND, () -> world.share(ALICE, "bad/id", garbage));
    }

    @Test
    void aReadOnlyCallerIsForbiddenBeforeTheBodyIsJudged() {
        NewShareInput garbage = new NewShareInput(null, null, null, "bad", null, null, null, null, null, List.of());

        failsWith(ErrorCode.INSUFFICIENT_PERMISSIONS, () -> world.share(VIC, "web-1", garbage));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        NewShareInput bad = new NewShareInput(null, "web-2", "p1", "rw", "NO", "ab", "x".repeat(1001), null, 1L,
                List.of(new FieldError("mount_path", "is not a field")));

        ShareException e = failsWith(ErrorCode.VALIDATION_ERROR, () -> world.share(ALICE, "web-1", bad));

        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "mount_path", "source_path", "target_container_id", "mode", "alias", "label", "description", "expires_at");
    }

    @Test
    void aBadPathIsInvalidPathOnceTheRestIsValid() {
        ShareException e = failsWith(ErrorCode.INVALID_PATH, () -> world.share(ALICE, "web-1", toContainer("/proc/1", "web-2")));

        assertThat(e.getMessage()).contains("/proc");
    }

    @Test
    void sharingWithItselfIsASelfShareEvenWhenTheBodyIsOtherwiseFine() {
        failsWith(ErrorCode.SELF_SHARE, () -> world.share(ALICE, "web-1", toContainer("/data", "web-1")));
    }

    @Test
    void selfShareIsJudgedBeforeTheTarget() {
        failsWith(ErrorCode.SELF_SHARE, () -> world.share(World.ADMIN, "db-1", toContainer("/data", "db-1")));
    }

    @Test
    void aTargetTheCallerCannotSeeOrInAnotherRealmIsNotFound() {
        failsWith(ErrorCode.CONTAINER_NOT_FOUND, () -> world.share(ALICE, "web-1", toContainer("/data", "db-1")));
        failsWith(ErrorCode.CONTAINER_NOT_FOUND, () -> world.share(ALICE, "web-1", toContainer("/data", "missing")));
        failsWith(ErrorCode.CONTAINER_NOT_FOUND, () -> world.share(ALICE, "web-1", toContainer("/data", "far-1")));
    }

    @Test
    void aProjectTheCallerIsNotMemberOfOrInAnotherRealmIsNotFound() {
        ShareException e = failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> world.share(ALICE, "web-1", toProject("/d", "p2")));
        failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> world.share(ALICE, "web-1", toProject("/d", "x1")));
        failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> world.share(ALICE, "web-1", toProject("/d", "none")));

        assertThat(e.getMessage()).isEqualTo("Project not found");
    }

    @Test
    void theSameStorageSharedWithTheSameTargetTwiceIsADuplicate() {
        world.share(ALICE, "web-1", toContainer("/data/", "web-2"));

        ShareException e = failsWith(ErrorCode.SHARE_ALREADY_EXISTS, () -> world.share(MIA, "web-1", toContainer("/data", "web-2")));
        assertThat(e.getMessage()).isEqualTo("Storage share already exists.");
    }

    @Test
    void aDisabledShareReconcilesNothing() {
        world.share(ALICE, "web-1", new NewShareInput("/d", "web-2", null, "readonly", null, null, null, false, null, List.of()));

        assertThat(world.reconcile.takeRequested()).isEmpty();
    }
}
