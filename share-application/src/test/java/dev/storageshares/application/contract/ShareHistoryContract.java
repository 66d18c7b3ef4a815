package dev.storageshares.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.Change;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Label;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareTarget;
import dev.storageshares.domain.share.ShareUpdate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What any {@code ShareHistory} must do: give back, newest first and paged, every event the other
 * ports recorded for one share — and only for that share — even after the share is gone.
 */
public abstract class ShareHistoryContract extends StorageContract {

    @Test
    void historyIsNewestFirstAndPaged() {
        Share share = stored(direct("c1", "/data", "c2", T0));
        for (int i = 1; i <= 4; i++) {
            store.shares().update(store.shares().findById(share.id()).orElseThrow().update(labelled("label" + i),
                    T0.plusSeconds(i)), event(EventType.UPDATED, share, T0.plusSeconds(i)));
        }

        Page<ShareEvent> first = store.history().history(share.id(), PageRequest.first(3));
        Page<ShareEvent> second = store.history().history(share.id(), new PageRequest(3, first.next().orElseThrow()));

        assertThat(first.items()).extracting(ShareEvent::at).containsExactly(T0.plusSeconds(4), T0.plusSeconds(3), T0.plusSeconds(2));
        assertThat(second.items()).extracting(ShareEvent::type).containsExactly(EventType.UPDATED, EventType.CREATED);
        assertThat(second.next()).isEmpty();
        assertThat(first.items().get(0).data()).containsEntry("note", "share.updated");
    }

    @Test
    void givenEventsFromEveryWritingPortWhenTheHistoryIsReadThenItHoldsThemAllAndNoOtherSharesEvents() {
        Share share = stored(share("c1", "/data", ShareTarget.of(new ContainerId("c2"), null), T0.plusSeconds(30), T0));
        stored(direct("c1", "/other", "c2", T0));
        store.overrides().save("a".repeat(24), share.id(), new ContainerId("c2"), false, T0.plusSeconds(1),
                event(EventType.MOUNT_TOGGLED, share, T0.plusSeconds(1)));
        store.expiryClaims().claimExpiringSoon(T0.plusSeconds(2), Duration.ofMinutes(1), 10);
        store.expiryClaims().claimExpired(T0.plusSeconds(40), 10);
        store.shares().delete(share.id(), event(EventType.DELETED, share, T0.plusSeconds(50)));

        assertThat(store.history().history(share.id(), PageRequest.first(10)).items()).extracting(ShareEvent::type)
                .containsExactly(EventType.DELETED, EventType.EXPIRED, EventType.EXPIRING, EventType.MOUNT_TOGGLED,
                        EventType.CREATED);
    }

    private static ShareUpdate labelled(String label) {
        return new ShareUpdate(Change.keep(), Change.keep(), Change.set(new Label(label)), Change.keep(), Change.keep(),
                Change.keep());
    }
}
