package dev.storageshares.adapter.persistence;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareFilter;
import dev.storageshares.domain.share.ShareGroup;
import dev.storageshares.domain.share.ShareGroups;
import dev.storageshares.domain.share.Visibility;
import java.util.ArrayList;
import java.util.List;

final class JdbiShareGroups implements ShareGroups {
    private final Db db;

    JdbiShareGroups(Db db) {
        this.db = db;
    }

    @Override
    public Page<ShareGroup> groupsBySource(ContainerId source, ShareFilter filter, PageRequest page) {
        return groupPage(db.read(handle -> handle.attach(ShareGroupDao.class)
                .bySource(source.value(), JdbiShareQueries.filterOf(filter), ShareDao.Keyset.of(page))), page);
    }

    @Override
    public Page<ShareGroup> groupsVisible(Visibility visibility, ShareFilter filter, PageRequest page) {
        return groupPage(db.read(handle -> {
            ShareGroupDao dao = handle.attach(ShareGroupDao.class);
            return visibility instanceof Visibility.ReadableBy readable
                    ? dao.bySourceReadableBy(readable.user().value(), JdbiShareQueries.filterOf(filter),
                            ShareDao.Keyset.of(page))
                    : dao.bySourceOfAny(JdbiShareQueries.filterOf(filter), ShareDao.Keyset.of(page));
        }), page);
    }

    /** Rows arrive group after group (at most limit + 1 groups); consecutive rows of one directory form a group. */
    private static Page<ShareGroup> groupPage(List<ShareRow> rows, PageRequest page) {
        List<ShareGroup> groups = new ArrayList<>();
        List<Share> current = new ArrayList<>();
        for (ShareRow row : rows) {
            Share share = ShareRows.toShare(row);
            if (!current.isEmpty() && !current.get(0).exposesSameStorageAs(share)) {
                groups.add(group(current));
                current = new ArrayList<>();
            }
            current.add(share);
        }
        if (!current.isEmpty()) {
            groups.add(group(current));
        }
        return Page.of(groups, page.limit(), ShareGroup::cursor);
    }

    private static ShareGroup group(List<Share> shares) {
        return new ShareGroup(shares.get(0).sourceContainer(), shares.get(0).sourcePath(), shares);
    }
}
