package dev.storageshares.adapter.persistence;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.paging.Cursor;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.RequestScope;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareFilter;
import dev.storageshares.domain.share.ShareQueries;
import dev.storageshares.domain.share.ShareStatus;
import dev.storageshares.domain.share.Visibility;
import java.time.Instant;
import java.util.List;

final class JdbiShareQueries implements ShareQueries {
    private final Db db;

    JdbiShareQueries(Db db) {
        this.db = db;
    }

    @Override
    public Page<Share> listBySource(ContainerId source, ShareFilter filter, PageRequest page) {
        return sharePage(db.read(handle -> handle.attach(ShareDao.class)
                .bySource(source.value(), filterOf(filter), ShareDao.Keyset.of(page))), page);
    }

    @Override
    public Page<Share> listVisible(Visibility visibility, ShareFilter filter, PageRequest page) {
        return sharePage(db.read(handle -> {
            ShareDao dao = handle.attach(ShareDao.class);
            return visibility instanceof Visibility.ReadableBy readable
                    ? dao.bySourceReadableBy(readable.user().value(), filterOf(filter), ShareDao.Keyset.of(page))
                    : dao.bySourceOfAny(filterOf(filter), ShareDao.Keyset.of(page));
        }), page);
    }

    @Override
    public List<Share> incomingCandidates(Container receiver, Instant now) {
        return db.read(handle -> handle.attach(ShareDao.class)
                .incomingCandidates(receiver.id().value(), receiver.project().value(), now)).stream()
                .map(ShareRows::toShare).toList();
    }

    @Override
    public Page<Share> listIncomingVisible(Visibility visibility, RealmId realm, ShareStatus status, Instant now,
                                           PageRequest page) {
        String realmId = realm == null ? null : realm.value();
        String statusName = status == null ? null : status.wireName();
        return sharePage(db.read(handle -> {
            ShareDao dao = handle.attach(ShareDao.class);
            return visibility instanceof Visibility.ReadableBy readable
                    ? dao.incomingReadableBy(readable.user().value(), realmId, statusName, now, ShareDao.Keyset.of(page))
                    : dao.incomingOfAny(realmId, statusName, now, ShareDao.Keyset.of(page));
        }), page);
    }

    @Override
    public Page<Share> listRequests(RequestScope scope, Instant now, PageRequest page) {
        return sharePage(db.read(handle -> {
            RequestDao dao = handle.attach(RequestDao.class);
            return scope instanceof RequestScope.DecidableBy decider
                    ? dao.decidableBy(decider.user().value(), now, ShareDao.Keyset.of(page))
                    : dao.all(now, ShareDao.Keyset.of(page));
        }), page);
    }

    @Override
    public List<Share> bySourceOrDirectTarget(ContainerId container) {
        return db.read(handle -> handle.attach(ShareDao.class).bySourceOrDirectTarget(container.value())).stream()
                .map(ShareRows::toShare).toList();
    }

    @Override
    public List<Share> targetingProject(ProjectId project) {
        return db.read(handle -> handle.attach(ShareDao.class).targetingProject(project.value())).stream()
                .map(ShareRows::toShare).toList();
    }

    private static Page<Share> sharePage(List<ShareRow> rows, PageRequest page) {
        return Page.of(rows.stream().map(ShareRows::toShare).toList(), page.limit(),
                share -> new Cursor(share.createdAt(), share.id().value()));
    }

    static ShareDao.Filter filterOf(ShareFilter filter) {
        return new ShareDao.Filter(filter.targetType() == null ? null : filter.targetType().wireName(),
                filter.label() == null ? null : filter.label().value(),
                filter.status() == null ? null : filter.status().wireName(), filter.enabled(), filter.includeExpired(),
                filter.realm() == null ? null : filter.realm().value(), filter.now());
    }
}
