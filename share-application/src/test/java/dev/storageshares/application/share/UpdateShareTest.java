package dev.storageshares.application.share;

import static dev.storageshares.application.support.Errors.failsWith;
import static dev.storageshares.application.support.World.ALICE;
import static dev.storageshares.application.support.World.BOB;
import static dev.storageshares.application.support.World.VIC;
import static dev.storageshares.application.support.World.toContainer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.support.World;
import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.share.Change;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Mode;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.paging.PageRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UpdateShareTest {
    private final World world = new World();
    private final Share share = world.share(ALICE, "web-1", toContainer("/data", "web-2"));

    private Share patch(SharePatchInput patch) {
        world.clock.advance(Duration.ofSeconds(1));
        return world.app.updateShare().handle(new UpdateShare.Command(ALICE, "web-1", share.id().value(), patch));
    }

    private static SharePatchInput only(Change<String> mode, Change<String> label, Change<Boolean> enabled) {
        return new SharePatchInput(mode, Change.keep(), label, Change.keep(), enabled, Change.keep(), List.of());
    }

    @Test
    void anEmptyPatchChangesNothingAndKeepsUpdatedAt() {
        Share same = patch(only(Change.keep(), Change.keep(), Change.keep()));

        assertThat(same.updatedAt()).isEqualTo(share.updatedAt());
        assertThat(same.version()).isEqualTo(share.version());
    }

    @Test
    void changingModeRecordsAnEventAndReconcilesTheTargets() {
        world.reconcile.takeRequested();
        Share updated = patch(only(Change.set("readwrite"), Change.keep(), Change.keep()));

        assertThat(updated.mode()).isEqualTo(Mode.READWRITE);
        assertThat(updated.updatedAt()).isAfter(share.updatedAt());
        assertThat(world.reconcile.takeRequested()).containsExactly("web-2");
        assertThat(world.store.history().history(share.id(), PageRequest.first(100)).items().get(0).type())
                .isEqualTo(EventType.UPDATED);
    }

    @Test
    void changingOnlyALabelReconcilesNothing() {
        world.reconcile.takeRequested();
        patch(only(Change.keep(), Change.set("prod"), Change.keep()));

        assertThat(world.reconcile.takeRequested()).isEmpty();
    }

    @Test
    void nullModeOrEnabledIsAValidationError() {
        failsWith(ErrorCode.VALIDATION_ERROR, () -> patch(only(Change.clear(), Change.keep(), Change.keep())));
        failsWith(ErrorCode.VALIDATION_ERROR, () -> patch(only(Change.keep(), Change.keep(), Change.clear())));
    }

    @Test
    void aShareOfAnotherSourceIsNotFound() {
        failsWith(ErrorCode.RESOURCE_NOT_FOUND, () -> world.app.updateShare().handle(
                new UpdateShare.Command(ALICE, "web-3", share.id().value(), only(Change.keep(), Change.keep(), Change.keep()))));
    }

    @Test
    void aViewerIsForbiddenAndAnOutsiderSeesNoContainer() {
        SharePatchInput patch = only(Change.set("readwrite"), Change.keep(), Change.keep());
        failsWith(ErrorCode.INSUFFICIENT_PERMISSIONS, () -> world.app.updateShare().handle(
                new UpdateShare.Command(VIC, "web-1", share.id().value(), patch)));
        failsWith(ErrorCode.CONTAINER_NOT_FOUND, () -> world.app.updateShare().handle(
                new UpdateShare.Command(BOB, "web-1", share.id().value(), patch)));
    }

    @Test
    void concurrentPatchesOfDifferentFieldsAreAllKept() {
        List<CompletableFuture<Share>> writers = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                world.app.updateShare().handle(new UpdateShare.Command(ALICE, "web-1", share.id().value(),
                        i % 2 == 0 ? only(Change.set("readwrite"), Change.keep(), Change.keep())
                                : only(Change.keep(), Change.set("label-" + i), Change.keep()))))).toList();
        writers.forEach(CompletableFuture::join);

        Share stored = world.store.shares().findById(share.id()).orElseThrow();
        assertThat(stored.mode()).isEqualTo(Mode.READWRITE);
        assertThat(stored.label()).isPresent();
    }
}
