package dev.storageshares.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareId;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Translates between event rows and domain events; the data map travels as JSON. */
final class EventRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private EventRows() {
    }

    /** Stores {@code event} within the caller's transaction, so it commits with the change it describes. */
    static void record(Handle handle, ShareEvent event) {
        handle.attach(EventDao.class).insert(toRow(event));
    }

    static EventRow toRow(ShareEvent event) {
        try {
            return new EventRow(event.id(), event.shareId().value(), event.type().wireName(), event.at(), event.actor(),
                    JSON.writeValueAsString(event.data()), 0);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data is not JSON-friendly: " + event.data(), e);
        }
    }

    static ShareEvent toEvent(EventRow row) {
        try {
            return new ShareEvent(row.id(), new ShareId(row.shareId()), EventType.fromWire(row.type()), row.at(),
                    row.actor(), JSON.readValue(row.data(), MAP));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event " + row.id() + " has unreadable data", e);
        }
    }
}
