package dev.storageshares.application.event;

import dev.storageshares.domain.share.ShareEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one published shape of an event, {@code {id, share_id, type, at, actor, data}}, ready for any
 * JSON writer: the history endpoint lists it and every outgoing delivery sends it, so whoever reads
 * either sees the same thing.
 */
public final class EventDocument {
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private EventDocument() {
    }

    public static Map<String, Object> of(ShareEvent event) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", event.id());
        document.put("share_id", event.shareId().value());
        document.put("type", event.type().wireName());
        document.put("at", timestamp(event.at()));
        document.put("actor", event.actor());
        document.put("data", event.data());
        return document;
    }

    /** The API's one timestamp format: ISO-8601 UTC with milliseconds, {@code 2025-01-15T10:30:00.000Z}. */
    public static String timestamp(Instant instant) {
        return ISO_MILLIS.format(instant);
    }
}
