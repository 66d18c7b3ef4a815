package dev.storageshares.adapter.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.storageshares.application.event.OutboxRelay;
import dev.storageshares.application.support.World;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareId;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real local HTTP receiver checks signatures, fails a while, then sees each event once by id. */
class WebhookPublisherTest {
    private static final byte[] SECRET = "webhook-secret".getBytes(StandardCharsets.UTF_8);

    private final World world = new World();
    private final List<String> acceptedIds = new CopyOnWriteArrayList<>();
    private final List<String> badSignatures = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();
    private HttpServer receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            attempts.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            String signature = exchange.getRequestHeaders().getFirst(WebhookPublisher.SIGNATURE_HEADER);
            String id = exchange.getRequestHeaders().getFirst(WebhookPublisher.EVENT_ID_HEADER);
            if (!("sha256=" + WebhookPublisher.sign(SECRET, body)).equals(signature)) {
                badSignatures.add(id);
            }
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
            if (status == 200 && !acceptedIds.contains(id)) {
                acceptedIds.add(id);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private OutboxRelay relay() {
        URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        return new OutboxRelay(world.store.outbox(), new WebhookPublisher(url, SECRET), world.clock, 5);
    }

    @Test
    void eventsArriveSignedWithTheirIdAsIdempotencyKey() {
        world.share(World.ALICE, "web-1", World.toContainer("/a", "web-2"));

        assertThat(relay().relayOnce()).isEqualTo(1);

        assertThat(acceptedIds).hasSize(1);
        assertThat(badSignatures).isEmpty();
        String shareId = world.store.queries().bySourceOrDirectTarget(new ContainerId("web-1")).get(0).id().value();
        assertThat(world.store.history().history(new ShareId(shareId), PageRequest.first(100)).items())
                .extracting(ShareEvent::id).containsExactlyElementsOf(acceptedIds);
    }

    @Test
    void aFailingReceiverIsRetriedAndGetsEachEventOnceItRecovers() {
        world.share(World.ALICE, "web-1", World.toContainer("/a", "web-2"));
        world.share(World.ALICE, "web-1", World.toContainer("/b", "web-2"));
        failuresLeft.set(2);
        OutboxRelay relay = relay();

        assertThat(relay.relayOnce()).isZero();
        for (int i = 0; i < 5; i++) {
            world.clock.advance(Duration.ofSeconds(10));
            relay.relayOnce();
        }

        assertThat(attempts.get()).isEqualTo(4);
        assertThat(acceptedIds).hasSize(2).doesNotHaveDuplicates();
        assertThat(badSignatures).isEmpty();
    }
}
