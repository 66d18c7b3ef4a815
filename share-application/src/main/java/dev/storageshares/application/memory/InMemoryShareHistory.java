package dev.storageshares.application.memory;

import dev.storageshares.domain.paging.Cursor;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareHistory;
import dev.storageshares.domain.share.ShareId;
import java.util.Comparator;
import java.util.List;

final class InMemoryShareHistory implements ShareHistory {
    private static final Comparator<ShareEvent> EVENTS_NEWEST_FIRST =
            Comparator.comparing(ShareEvent::at).thenComparing(ShareEvent::id).reversed();

    private final InMemoryData data;

    InMemoryShareHistory(InMemoryData data) {
        this.data = data;
    }

    @Override
    public Page<ShareEvent> history(ShareId id, PageRequest page) {
        synchronized (data) {
            Cursor after = page.after();
            List<ShareEvent> rows = data.events.stream()
                    .filter(event -> event.shareId().equals(id))
                    .filter(event -> after == null || after.precedes(event.at(), event.id()))
                    .sorted(EVENTS_NEWEST_FIRST)
                    .limit(page.limit() + 1L)
                    .toList();
            return Page.of(rows, page.limit(), event -> new Cursor(event.at(), event.id()));
        }
    }
}
