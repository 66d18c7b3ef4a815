package dev.storageshares.adapter.persistence;

import dev.storageshares.domain.paging.Cursor;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareHistory;
import dev.storageshares.domain.share.ShareId;
import java.util.List;

final class JdbiShareHistory implements ShareHistory {
    private final Db db;

    JdbiShareHistory(Db db) {
        this.db = db;
    }

    @Override
    public Page<ShareEvent> history(ShareId id, PageRequest page) {
        List<EventRow> rows = db.read(handle -> handle.attach(EventDao.class).history(id.value(), ShareDao.Keyset.of(page)));
        return Page.of(rows.stream().map(EventRows::toEvent).toList(), page.limit(),
                event -> new Cursor(event.at(), event.id()));
    }
}
