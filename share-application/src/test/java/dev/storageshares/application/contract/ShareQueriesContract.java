package dev.storageshares.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.ProjectRole;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.catalog.UserId;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.Change;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.IncomingView;
import dev.storageshares.domain.share.Label;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareFilter;
import dev.storageshares.domain.share.ShareStatus;
import dev.storageshares.domain.share.ShareTarget;
import dev.storageshares.domain.share.ShareUpdate;
import dev.storageshares.domain.share.TargetType;
import dev.storageshares.domain.share.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What any {@code ShareQueries} must answer: filtered, visible and incoming newest-first pages, and cascade look-ups. */
public abstract class ShareQueriesContract extends StorageContract {
    private static final Instant LATER = T0.plusSeconds(3600);

    private ShareFilter none(Instant now) {
        return ShareFilter.none(now);
    }

    @Test
    void aSourcesListIsNewestFirstAndPagedWithoutRepeatsOrGapsWhileWritesHappen() {
        List<Share> existing = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            existing.add(stored(direct("c1", "/d" + i, "c2", T0.plusSeconds(i / 2))));
        }
        Set<Share> seen = new HashSet<>();
        List<Share> walk = new ArrayList<>();
        Page<Share> page = store.queries().listBySource(new ContainerId("c1"), none(LATER), PageRequest.first(3));
        int written = 0;
        while (true) {
            walk.addAll(page.items());
            stored(direct("c1", "/new" + written++, "c3", T0.plusSeconds(100 + written)));
            if (page.next().isEmpty()) {
                break;
            }
            page = store.queries().listBySource(new ContainerId("c1"), none(LATER), new PageRequest(3, page.next().get()));
        }

        walk.forEach(share -> assertThat(seen.add(share)).as("seen once: %s", share).isTrue());
        assertThat(walk).containsAll(existing);
        assertThat(walk.subList(0, 7)).isSortedAccordingTo(IncomingView.NEWEST_FIRST);
    }

    @Test
    void aSourcesListHonoursEveryFilter() {
        Share direct = stored(direct("c1", "/a", "c2", T0));
        Share project = stored(toProject("c1", "/b", "p1", T0.plusSeconds(1)));
        Share expiring = stored(share("c1", "/c", ShareTarget.of(new ContainerId("c3"), null), T0.plusSeconds(60), T0.plusSeconds(2)));
        store.shares().changeStatus(project.id(), ShareStatus.FAILED, "broken", event(EventType.FAILED, project, T0));
        Share labelled = store.shares().update(direct.update(new ShareUpdate(
                Change.keep(), Change.keep(),
                Change.set(new Label("prod")), Change.keep(),
                Change.set(false), Change.keep()), T0),
                event(EventType.UPDATED, direct, T0));
        ContainerId c1 = new ContainerId("c1");

        assertThat(ids(store.queries().listBySource(c1, none(LATER), PageRequest.first(100)))).containsExactly(project.id().value(), labelled.id().value());
        assertThat(ids(store.queries().listBySource(c1, new ShareFilter(null, null, null, null, true, null, LATER), PageRequest.first(100))))
                .containsExactly(expiring.id().value(), project.id().value(), labelled.id().value());
        assertThat(ids(store.queries().listBySource(c1, new ShareFilter(TargetType.PROJECT, null, null, null, false, null, T0), PageRequest.first(100))))
                .containsExactly(project.id().value());
        assertThat(ids(store.queries().listBySource(c1, new ShareFilter(null, new Label("prod"), null, null, false, null, T0), PageRequest.first(100))))
                .containsExactly(labelled.id().value());
        assertThat(ids(store.queries().listBySource(c1, new ShareFilter(null, null, ShareStatus.FAILED, null, false, null, T0), PageRequest.first(100))))
                .containsExactly(project.id().value());
        assertThat(ids(store.queries().listBySource(c1, new ShareFilter(null, null, null, false, false, null, T0), PageRequest.first(100))))
                .containsExactly(labelled.id().value());
        assertThat(ids(store.queries().listBySource(c1, new ShareFilter(null, null, null, null, true, new RealmId("r2"), T0), PageRequest.first(100))))
                .isEmpty();
    }

    @Test
    void theVisibleListHoldsSharesOfReadableSourcesOnly() {
        Share ofC1 = stored(direct("c1", "/a", "c2", T0));
        Share ofD1 = stored(direct("d1", "/b", "c1", T0.plusSeconds(1)));
        Share ofF1 = stored(direct("f1", "/c", "f1x", T0.plusSeconds(2), "r2"));

        assertThat(visibleTo("vic")).containsExactly(ofC1.id().value());
        assertThat(visibleTo("bob")).containsExactly(ofD1.id().value());
        assertThat(visibleTo("alice")).containsExactly(ofF1.id().value(), ofC1.id().value());
        assertThat(visibleTo("nobody")).isEmpty();
        assertThat(ids(store.queries().listVisible(new Visibility.Everything(), none(T0), PageRequest.first(100)))).hasSize(3);
        assertThat(ids(store.queries().listVisible(new Visibility.ReadableBy(new UserId("alice")),
                new ShareFilter(null, null, null, null, false, new RealmId("r2"), T0), PageRequest.first(100))))
                .containsExactly(ofF1.id().value());
    }

    @Test
    void incomingCandidatesAreTheUnexpiredDirectAndProjectShares() {
        Share direct = stored(direct("d1", "/a", "c2", T0));
        Share project = stored(toProject("c1", "/b", "p1", T0.plusSeconds(1)));
        stored(direct("d1", "/c", "c3", T0));
        Share expiring = stored(share("d1", "/e", ShareTarget.of(new ContainerId("c2"), null), T0.plusSeconds(10), T0));

        assertThat(store.queries().incomingCandidates(container("c2"), T0.plusSeconds(9)))
                .containsExactlyInAnyOrder(project, direct, expiring);
        assertThat(store.queries().incomingCandidates(container("c2"), T0.plusSeconds(10)))
                .as("expiry is inclusive").containsExactlyInAnyOrder(project, direct);
    }

    @Test
    void theGlobalIncomingListIsTheUnionOfEveryVisibleContainersIncomingView() {
        Share direct = stored(direct("d1", "/data", "c2", T0));
        Share hiddenForC2Only = stored(toProject("d1", "/data", "p1", T0.plusSeconds(1)));
        Share ownProject = stored(toProject("c1", "/own", "p1", T0.plusSeconds(2)));
        Share toD1 = stored(direct("c1", "/x", "d1", T0.plusSeconds(3)));

        List<String> forCarol = ids(store.queries().listIncomingVisible(new Visibility.ReadableBy(new UserId("carol")),
                null, null, T0, PageRequest.first(100)));
        assertThat(forCarol).containsExactly(ownProject.id().value(), hiddenForC2Only.id().value(), direct.id().value());

        container("solo", "r1", "p1", "sam");
        assertThat(ids(store.queries().listIncomingVisible(new Visibility.ReadableBy(new UserId("sam")), null, null, T0,
                PageRequest.first(100)))).containsExactly(ownProject.id().value(), hiddenForC2Only.id().value());
        assertThat(ids(store.queries().listIncomingVisible(new Visibility.ReadableBy(new UserId("bob")), null, null, T0,
                PageRequest.first(100)))).hasSize(1);
        assertThat(ids(store.queries().listIncomingVisible(new Visibility.Everything(), new RealmId("r2"), null, T0,
                PageRequest.first(100)))).isEmpty();
        assertThat(ids(store.queries().listIncomingVisible(new Visibility.Everything(), null, null, T0,
                PageRequest.first(100)))).containsExactly(toD1.id().value(), ownProject.id().value(),
                hiddenForC2Only.id().value(), direct.id().value());
        assertThat(ids(store.queries().listIncomingVisible(new Visibility.ReadableBy(new UserId("carol")),
                new RealmId("r2"), null, T0, PageRequest.first(100)))).isEmpty();
    }

    @Test
    void aSourceAloneInItsProjectDoesNotReceiveItsOwnProjectShare() {
        project("lonely", "r1", member("lou", ProjectRole.OWNER));
        container("l1", "r1", "lonely", "lou");
        stored(toProject("l1", "/self", "lonely", T0));

        assertThat(ids(store.queries().listIncomingVisible(new Visibility.ReadableBy(new UserId("lou")), null, null, T0,
                PageRequest.first(100)))).isEmpty();
    }

    @Test
    void theGlobalIncomingListPagesNewestFirst() {
        for (int i = 0; i < 5; i++) {
            stored(direct("d1", "/p" + i, "c2", T0.plusSeconds(i)));
        }
        Visibility carol = new Visibility.ReadableBy(new UserId("carol"));
        Page<Share> first = store.queries().listIncomingVisible(carol, null, null, T0, PageRequest.first(2));
        Page<Share> second = store.queries().listIncomingVisible(carol, null, null, T0, new PageRequest(2, first.next().orElseThrow()));

        assertThat(first.items()).extracting(s -> s.sourcePath().value()).containsExactly("/p4", "/p3");
        assertThat(second.items()).extracting(s -> s.sourcePath().value()).containsExactly("/p2", "/p1");
    }

    private List<String> visibleTo(String user) {
        return ids(store.queries().listVisible(new Visibility.ReadableBy(new UserId(user)), none(T0), PageRequest.first(100)));
    }

    private Share direct(String source, String path, String target, Instant createdAt, String realm) {
        container(target, realm, "x1", "zed");
        return direct(source, path, target, createdAt);
    }

    private static List<String> ids(Page<Share> page) {
        return page.items().stream().map(share -> share.id().value()).toList();
    }

    @Test
    void sharesDependingOnACatalogEntryAreFoundForCleanUp() {
        Share out = stored(direct("c1", "/a", "c2", T0));
        Share in = stored(direct("d1", "/b", "c1", T0.plusSeconds(1)));
        Share toP1 = stored(toProject("d1", "/c", "p1", T0.plusSeconds(2)));

        assertThat(store.queries().bySourceOrDirectTarget(new ContainerId("c1"))).containsExactly(in, out);
        assertThat(store.queries().targetingProject(new ProjectId("p1"))).containsExactly(toP1);
    }
}
