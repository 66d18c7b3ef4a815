package dev.storageshares.application.event;

import dev.storageshares.domain.share.EventPublisher;
import dev.storageshares.domain.share.ShareEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default delivery: one log line per event, so operators see them with no set-up. */
public final class LogEventPublisher implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger("dev.storageshares.events");

    @Override
    public void publish(ShareEvent event) {
        LOG.info("{} share={} actor={} id={} data={}", event.type().wireName(), event.shareId(), event.actor(),
                event.id(), event.data());
    }
}
