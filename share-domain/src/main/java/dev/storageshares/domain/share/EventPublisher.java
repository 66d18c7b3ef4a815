package dev.storageshares.domain.share;

/** Delivers one event to whoever listens (a log, a webhook). Throws when delivery failed. */
public interface EventPublisher {

    void publish(ShareEvent event);
}
