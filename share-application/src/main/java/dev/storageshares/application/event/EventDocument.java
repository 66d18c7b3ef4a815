package dev.storageshares.application.event;

import dev.storageshares.domain.share.ShareEvent;
import java.time.Instant;
import java.time.LocalDateTime;
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

    /**
     * The API's one timestamp format: ISO-8601 UTC with milliseconds, {@code 2025-01-15T10:30:00.000Z}.
     * Written digit by digit: every list answer carries two or three per item, and the general
     * formatter cost more than the rest of the item's JSON. Years outside 0..9999 (the formatter
     * writes them differently) go through the formatter.
     */
    public static String timestamp(Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (time.getYear() < 0 || time.getYear() > 9999) {
            return ISO_MILLIS.format(instant);
        }
        char[] text = "0000-00-00T00:00:00.000Z".toCharArray();
        digits(text, 0, time.getYear(), 4);
        digits(text, 5, time.getMonthValue(), 2);
        digits(text, 8, time.getDayOfMonth(), 2);
        digits(text, 11, time.getHour(), 2);
        digits(text, 14, time.getMinute(), 2);
        digits(text, 17, time.getSecond(), 2);
        digits(text, 20, time.getNano() / 1_000_000, 3);
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--, value /= 10) {
            text[i] = (char) ('0' + value % 10);
        }
    }
}
