package dev.storageshares.application.memory;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.paging.Cursor;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.IncomingView;
import dev.storageshares.domain.share.RequestScope;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareFilter;
import dev.storageshares.domain.share.ShareQueries;
import dev.storageshares.domain.share.ShareStatus;
import dev.storageshares.domain.share.ShareTarget;
import dev.storageshares.domain.share.Visibility;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

final class InMemoryShareQueries implements ShareQueries {
    private final InMemoryData data;

    InMemoryShareQueries(InMemoryData data) {
        this.data = data;
    }

    @Override
    public Page<Share> listBySource(ContainerId source, ShareFilter filter, PageRequest page) {
        synchronized (data) {
            return page(data.sharesOf(source, filter), page);
        }
    }

    @Override
    public Page<Share> listVisible(Visibility visibility, ShareFilter filter, PageRequest page) {
        synchronized (data) {
            return page(data.visibleShares(visibility, filter), page);
        }
    }

    @Override
    public List<Share> incomingCandidates(Container receiver, Instant now) {
        synchronized (data) {
            return data.shares.values().stream()
                    .filter(share -> isTargetOf(share, receiver))
                    .filter(share -> !share.isExpiredAt(now))
                    .sorted(IncomingView.NEWEST_FIRST)
                    .toList();
        }
    }

    @Override
    public Page<Share> listIncomingVisible(Visibility visibility, RealmId realm, ShareStatus status, Instant now,
                                           PageRequest page) {
        synchronized (data) {
            Set<Share> union = new LinkedHashSet<>();
            for (Container receiver : data.containers.values()) {
                if (data.isVisible(receiver.id(), visibility) && (realm == null || receiver.realm().equals(realm))) {
                    union.addAll(IncomingView.of(receiver, incomingCandidates(receiver, now), now));
                }
            }
            return page(union.stream().filter(IncomingView.listing(status)), page);
        }
    }

    @Override
    public Page<Share> listRequests(RequestScope scope, Instant now, PageRequest page) {
        synchronized (data) {
            return page(data.shares.values().stream()
                    .filter(share -> share.status() == ShareStatus.PENDING && !share.isExpiredAt(now))
                    .filter(share -> data.isDecidable(share, scope)), page);
        }
    }

    @Override
    public List<Share> bySourceOrDirectTarget(ContainerId container) {
        return matching(share -> share.sourceContainer().equals(container)
                || (share.target() instanceof ShareTarget.ToContainer direct && direct.container().equals(container)));
    }

    @Override
    public List<Share> targetingProject(ProjectId project) {
        return matching(share -> share.target() instanceof ShareTarget.ToProject target && target.project().equals(project));
    }

    private List<Share> matching(Predicate<Share> predicate) {
        synchronized (data) {
            return data.shares.values().stream().filter(predicate).sorted(IncomingView.NEWEST_FIRST).toList();
        }
    }

    private boolean isTargetOf(Share share, Container receiver) {
        if (share.target() instanceof ShareTarget.ToContainer direct) {
            return direct.container().equals(receiver.id());
        }
        return ((ShareTarget.ToProject) share.target()).project().equals(receiver.project());
    }


    private static Page<Share> page(Stream<Share> shares, PageRequest page) {
        Cursor after = page.after();
        List<Share> rows = shares
                .filter(share -> after == null || after.precedes(share.createdAt(), share.id().value()))
                .sorted(IncomingView.NEWEST_FIRST)
                .limit(page.limit() + 1L)
                .toList();
        return Page.of(rows, page.limit(), share -> new Cursor(share.createdAt(), share.id().value()));
    }
}
