package dev.storageshares.application.event;

import static dev.storageshares.application.support.World.ALICE;
import static dev.storageshares.application.support.World.toContainer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.support.World;
import dev.storageshares.domain.share.EventPublisher;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.ShareEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {
    private final World world = new World();
    private final List<ShareEvent> received = new ArrayList<>();
    private boolean receiverDown;
    private final EventPublisher publisher = event -> {
        if (receiverDown) {
            throw new IllegalStateException("receiver answered 500");
        }
        received.add(event);
    };
    private final OutboxRelay relay = new OutboxRelay(world.store.outbox(), publisher, world.clock, 3);

    @Test
    void deliversEachRecordedEventOnce() {
        world.share(ALICE, "web-1", toContainer("/a", "web-2"));

        assertThat(relay.relayOnce()).isEqualTo(1);
        assertThat(relay.relayOnce()).isZero();
        assertThat(received).extracting(ShareEvent::type).containsExactly(EventType.CREATED);
    }

    @Test
    void retriesAfterABackoffUntilTheReceiverRecovers() {
        world.share(ALICE, "web-1", toContainer("/a", "web-2"));
        receiverDown = true;
        relay.relayOnce();
        receiverDown = false;

        assertThat(relay.relayOnce()).as("not due before the backoff").isZero();
        world.clock.advance(Duration.ofSeconds(1));
        assertThat(relay.relayOnce()).isEqualTo(1);
        assertThat(received).hasSize(1);
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        world.share(ALICE, "web-1", toContainer("/a", "web-2"));
        receiverDown = true;
        for (int i = 0; i < 5; i++) {
            relay.relayOnce();
            world.clock.advance(Duration.ofMinutes(10));
        }
        receiverDown = false;

        assertThat(relay.relayOnce()).isZero();
        assertThat(received).isEmpty();
    }

    @Test
    void backoffDoublesUpToFiveMinutes() {
        assertThat(OutboxRelay.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(OutboxRelay.backoff(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(OutboxRelay.backoff(30)).isEqualTo(Duration.ofMinutes(5));
    }
}
