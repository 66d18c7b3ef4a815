package dev.storageshares.application.memory;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.paging.Cursor;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.IncomingView;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareFilter;
import dev.storageshares.domain.share.ShareGroup;
import dev.storageshares.domain.share.ShareGroups;
import dev.storageshares.domain.share.Visibility;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

final class InMemoryShareGroups implements ShareGroups {
    private static final Comparator<ShareGroup> NEWEST_GROUP_FIRST =
            Comparator.comparing(ShareGroup::newest, IncomingView.NEWEST_FIRST);

    private final InMemoryData data;

    InMemoryShareGroups(InMemoryData data) {
        this.data = data;
    }

    @Override
    public Page<ShareGroup> groupsBySource(ContainerId source, ShareFilter filter, PageRequest page) {
        synchronized (data) {
            return page(data.sharesOf(source, filter), page);
        }
    }

    @Override
    public Page<ShareGroup> groupsVisible(Visibility visibility, ShareFilter filter, PageRequest page) {
        synchronized (data) {
            return page(data.visibleShares(visibility, filter), page);
        }
    }


    private static Page<ShareGroup> page(Stream<Share> shares, PageRequest page) {
        Map<List<String>, List<Share>> byDirectory = shares.collect(Collectors.groupingBy(
                share -> List.of(share.sourceContainer().value(), share.sourcePath().value())));
        Cursor after = page.after();
        List<ShareGroup> groups = byDirectory.values().stream()
                .map(members -> members.stream().sorted(IncomingView.NEWEST_FIRST).toList())
                .map(members -> new ShareGroup(members.get(0).sourceContainer(), members.get(0).sourcePath(), members))
                .filter(group -> after == null || after.precedes(group.newest().createdAt(), group.newest().id().value()))
                .sorted(NEWEST_GROUP_FIRST)
                .limit(page.limit() + 1L)
                .toList();
        return Page.of(groups, page.limit(), ShareGroup::cursor);
    }
}
