package dev.storageshares.application.share;

import static dev.storageshares.application.support.Errors.failsWith;
import static dev.storageshares.application.support.World.ALICE;
import static dev.storageshares.application.support.World.EVE;
import static dev.storageshares.application.support.World.VIC;
import static dev.storageshares.application.support.World.toContainer;
import static dev.storageshares.application.support.World.toProject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.support.World;
import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.FieldError;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.ShareFilter;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateSharesTest {
    private final World world = new World();

    private CreateShares.Result batch(boolean dryRun, boolean atomic, NewShareInput... items) {
        return world.app.createShares().handle(new CreateShares.Command(ALICE, "web-1", List.of(items), dryRun, atomic, List.of()));
    }

    private List<ErrorCode> codes(CreateShares.Result result) {
        return result.items().stream().map(item -> item.error() == null ? null : item.error().code()).toList();
    }

    private int stored() {
        return world.store.queries().listBySource(new ContainerId("web-1"), ShareFilter.none(World.START), PageRequest.first(100))
                .items().size();
    }

    @Test
    void everyItemIsJudgedLikeASingleCreateInOrder() {
        CreateShares.Result result = batch(false, false, toContainer("/a", "web-2"), toContainer("/proc/1", "web-2"),
                toContainer("/a", "web-1"), toContainer("/a", "db-1"), toProject("/a", "p2"), toContainer("//a/", "web-2"),
                new NewShareInput("/b", null, null, "rw", null, null, null, null, null, List.of()), toProject("/a", "p1"));

        assertThat(result.status()).isEqualTo(CreateShares.Status.MIXED);
        assertThat(codes(result)).containsExactly(null, ErrorCode.INVALID_PATH, ErrorCode.SELF_SHARE,
                ErrorCode.CONTAINER_NOT_FOUND, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.SHARE_ALREADY_EXISTS,
                ErrorCode.VALIDATION_ERROR, null);
        assertThat(result.items()).extracting(CreateShares.ItemResult::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(result.items().get(0).share().sourcePath().value()).isEqualTo("/a");
        assertThat(stored()).isEqualTo(2);
        assertThat(world.reconcile.takeRequested()).containsExactlyInAnyOrder("web-2", "web-3");
    }

    @Test
    void aBatchWhoseItemsAllWorkIsASuccessAndOneWhoseItemsAllFailIsMixed() {
        assertThat(batch(false, false, toContainer("/a", "web-2"), toProject("/a", "p1")).status())
                .isEqualTo(CreateShares.Status.SUCCESS);
        assertThat(batch(false, false, toContainer("/a", "web-2")).status()).isEqualTo(CreateShares.Status.MIXED);
    }

    @Test
    void aDryRunStoresNothingAndReportsWhatEachItemWouldGetIncludingRepeatsAndExistingShares() {
        world.share(ALICE, "web-1", toContainer("/old", "web-2"));
        world.reconcile.takeRequested();

        CreateShares.Result result = batch(true, false, toContainer("/a", "web-2"), toContainer("/a/", "web-2"),
                toContainer("/old", "web-2"));

        assertThat(result.dryRun()).isTrue();
        assertThat(result.status()).isEqualTo(CreateShares.Status.MIXED);
        assertThat(codes(result)).containsExactly(null, ErrorCode.SHARE_ALREADY_EXISTS, ErrorCode.SHARE_ALREADY_EXISTS);
        assertThat(result.items().get(0).share().target().id()).isEqualTo("web-2");
        assertThat(stored()).isEqualTo(1);
        assertThat(world.reconcile.takeRequested()).isEmpty();
    }

    @Test
    void anAtomicBatchWithAFailingItemStoresNothingAndAbortsTheOthers() {
        CreateShares.Result result = batch(false, true, toContainer("/a", "web-2"), toContainer("/a", "web-1"),
                toProject("/a", "p1"));

        assertThat(result.status()).isEqualTo(CreateShares.Status.ABORTED);
        assertThat(codes(result)).containsExactly(null, ErrorCode.SELF_SHARE, null);
        assertThat(result.items()).extracting(CreateShares.ItemResult::aborted).containsExactly(true, false, true);
        assertThat(result.items()).allMatch(item -> item.share() == null);
        assertThat(stored()).isZero();
        assertThat(world.reconcile.takeRequested()).isEmpty();
    }

    @Test
    void anAtomicBatchThatWorksStoresEverythingAndADryRunOfItIsAbortedWhenAnItemWouldFail() {
        CreateShares.Result done = batch(false, true, toContainer("/a", "web-2"), toProject("/a", "p1"));
        CreateShares.Result rehearsed = batch(true, true, toContainer("/b", "web-2"), toContainer("/a", "web-2"));

        assertThat(done.status()).isEqualTo(CreateShares.Status.SUCCESS);
        assertThat(stored()).isEqualTo(2);
        assertThat(rehearsed.status()).isEqualTo(CreateShares.Status.ABORTED);
        assertThat(codes(rehearsed)).containsExactly(null, ErrorCode.SHARE_ALREADY_EXISTS);
        assertThat(rehearsed.items().get(0).aborted()).isTrue();
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void theSourceIsJudgedOnceForTheWholeBatchBeforeItsShape() {
        List<NewShareInput> none = List.of();

        failsWith(ErrorCode.CONTAINER_NOT_FOUND, () -> world.app.createShares().handle(
                new CreateShares.Command(EVE, "web-1", none, false, false, List.of())));
        failsWith(ErrorCode.INSUFFICIENT_PERMISSIONS, () -> world.app.createShares().handle(
                new CreateShares.Command(VIC, "web-1", none, false, false, List.of())));
    }

    @Test
    void aBatchWithoutItemsWithTooManyOrWithUnknownKeysIsRefusedWhole() {
        ShareException missing = failsWith(ErrorCode.VALIDATION_ERROR, () -> world.app.createShares().handle(
                new CreateShares.Command(ALICE, "web-1", null, false, false, List.of())));
        failsWith(ErrorCode.VALIDATION_ERROR, () -> batch(false, false));
        List<NewShareInput> tooMany = Collections.nCopies(CreateShares.MAX_ITEMS + 1, toContainer("/a", "web-2"));
        failsWith(ErrorCode.VALIDATION_ERROR, () -> world.app.createShares().handle(
                new CreateShares.Command(ALICE, "web-1", tooMany, false, false, List.of())));
        ShareException unknown = failsWith(ErrorCode.VALIDATION_ERROR, () -> world.app.createShares().handle(
                new CreateShares.Command(ALICE, "web-1", List.of(toContainer("/a", "web-2")), false, false,
                        List.of(new FieldError("force", "is not a known field")))));

        assertThat(missing.fieldErrors()).extracting(FieldError::field).containsExactly("shares");
        assertThat(unknown.fieldErrors()).extracting(FieldError::field).containsExactly("force");
        assertThat(stored()).isZero();
    }
}
