package dev.storageshares.application.expiry;

import static dev.storageshares.application.support.World.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.share.NewShareInput;
import dev.storageshares.application.share.SharePatchInput;
import dev.storageshares.application.share.UpdateShare;
import dev.storageshares.application.support.World;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.Change;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpirySweeperTest {
    private final World world = new World();
    private final ExpirySweeper sweeper = new ExpirySweeper(world.store.catalog(), world.store.expiryClaims(), world.reconcile,
            world.clock, Duration.ofHours(24));

    private Share expiringIn(Duration duration) {
        long at = World.START.plus(duration).getEpochSecond();
        return world.share(ALICE, "web-1", new NewShareInput("/d" + duration.toSeconds(), "web-2", null, "readonly",
                null, null, null, null, at, List.of()));
    }

    private List<EventType> events(Share share) {
        return world.store.history().history(share.id(), PageRequest.first(100)).items().stream().map(ShareEvent::type).toList();
    }

    @Test
    void aShareInsideTheNoticeWindowIsAnnouncedOnce() {
        Share soon = expiringIn(Duration.ofHours(2));
        Share later = expiringIn(Duration.ofHours(48));

        assertThat(sweeper.sweepOnce().expiringNotices()).isEqualTo(1);
        assertThat(sweeper.sweepOnce().expiringNotices()).isZero();
        assertThat(events(soon)).containsExactly(EventType.EXPIRING, EventType.CREATED);
        assertThat(events(later)).containsExactly(EventType.CREATED);
    }

    @Test
    void theWindowBoundaryIsInclusive() {
        expiringIn(Duration.ofHours(24));

        assertThat(sweeper.sweepOnce().expiringNotices()).isEqualTo(1);
    }

    @Test
    void aShareWithoutExpiryIsNeverAnnounced() {
        world.share(ALICE, "web-1", World.toContainer("/forever", "web-2"));

        assertThat(sweeper.sweepOnce()).isEqualTo(new ExpirySweeper.Result(0, 0));
    }

    @Test
    void anExpiredShareIsAnnouncedOnceAndItsTargetsReconciled() {
        Share share = expiringIn(Duration.ofMinutes(5));
        world.clock.advance(Duration.ofMinutes(5));
        world.reconcile.takeRequested();

        assertThat(sweeper.sweepOnce().expired()).isEqualTo(1);
        assertThat(sweeper.sweepOnce().expired()).isZero();
        assertThat(world.reconcile.takeRequested()).containsExactly("web-2");
        assertThat(events(share)).contains(EventType.EXPIRED);
    }

    @Test
    void aNewExpiryDateReArmsTheNotice() {
        Share share = expiringIn(Duration.ofHours(2));
        sweeper.sweepOnce();
        long moved = World.START.plus(Duration.ofHours(3)).getEpochSecond();
        world.app.updateShare().handle(new UpdateShare.Command(ALICE, "web-1", share.id().value(), new SharePatchInput(
                Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.set(moved), List.of())));

        assertThat(sweeper.sweepOnce().expiringNotices()).isEqualTo(1);
    }
}
