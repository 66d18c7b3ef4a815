package dev.storageshares.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.catalog.UserId;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.Change;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareFilter;
import dev.storageshares.domain.share.ShareGroup;
import dev.storageshares.domain.share.ShareTarget;
import dev.storageshares.domain.share.ShareUpdate;
import dev.storageshares.domain.share.TargetType;
import dev.storageshares.domain.share.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What any {@code ShareGroups} must answer: directories newest first, paged by group, filters honoured. */
public abstract class ShareGroupsContract extends StorageContract {
    private static final Instant LATER = T0.plusSeconds(3600);
    private static final ContainerId C1 = new ContainerId("c1");

    private static ShareFilter none() {
        return ShareFilter.none(LATER);
    }

    /** Each group as "container:path=[ids of its shares]". */
    private static List<String> shape(Page<ShareGroup> page) {
        return page.items().stream().map(g -> g.sourceContainer().value() + ":" + g.sourcePath().value() + "="
                + g.shares().stream().map(s -> s.id().value()).toList()).toList();
    }

    private static String group(Share... shares) {
        return shares[0].sourceContainer().value() + ":" + shares[0].sourcePath().value() + "="
                + List.of(shares).stream().map(s -> s.id().value()).toList();
    }

    @Test
    void sharesOfOneDirectoryFormOneGroupOrderedByTheirNewestShare() {
        Share a1 = stored(direct("c1", "/a", "c2", T0));
        Share b1 = stored(direct("c1", "/b", "c2", T0.plusSeconds(1)));
        Share a2 = stored(toProject("c1", "/a", "p2", T0.plusSeconds(2)));
        Share a3 = stored(direct("c1", "/a", "c3", T0.plusSeconds(3)));
        Share c1 = stored(direct("c1", "/c", "c3", T0.plusSeconds(3)));

        Page<ShareGroup> page = store.groups().groupsBySource(C1, none(), PageRequest.first(100));

        String newerFirst = a3.id().value().compareTo(c1.id().value()) > 0 ? "a" : "c";
        List<String> expected = newerFirst.equals("a")
                ? List.of(group(a3, a2, a1), group(c1), group(b1)) : List.of(group(c1), group(a3, a2, a1), group(b1));
        assertThat(shape(page)).containsExactlyElementsOf(expected);
        assertThat(page.next()).isEmpty();
    }

    @Test
    void theLimitCountsGroupsAndTheCursorContinuesAfterTheLastGroupWithoutRepeats() {
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            shares.add(stored(direct("c1", "/d" + i, "c2", T0.plusSeconds(i))));
            shares.add(stored(direct("c1", "/d" + i, "c3", T0.plusSeconds(i).plusMillis(500))));
        }

        Page<ShareGroup> first = store.groups().groupsBySource(C1, none(), PageRequest.first(2));
        Page<ShareGroup> second = store.groups().groupsBySource(C1, none(), new PageRequest(2, first.next().orElseThrow()));
        Page<ShareGroup> last = store.groups().groupsBySource(C1, none(), new PageRequest(2, second.next().orElseThrow()));

        assertThat(shape(first)).containsExactly(group(shares.get(9), shares.get(8)), group(shares.get(7), shares.get(6)));
        assertThat(shape(second)).containsExactly(group(shares.get(5), shares.get(4)), group(shares.get(3), shares.get(2)));
        assertThat(shape(last)).containsExactly(group(shares.get(1), shares.get(0)));
        assertThat(last.next()).isEmpty();
    }

    @Test
    void filtersChooseTheSharesAndAGroupIsPlacedByItsNewestShareThatPasses() {
        Share oldDirect = stored(direct("c1", "/a", "c2", T0));
        Share newProject = stored(toProject("c1", "/a", "p1", T0.plusSeconds(5)));
        Share middle = stored(direct("c1", "/b", "c2", T0.plusSeconds(2)));
        Share onlyProject = stored(toProject("c1", "/c", "p2", T0.plusSeconds(3)));
        ShareFilter directOnly = new ShareFilter(TargetType.CONTAINER, null, null, null, false, null, LATER);

        assertThat(shape(store.groups().groupsBySource(C1, directOnly, PageRequest.first(100))))
                .containsExactly(group(middle), group(oldDirect));
        assertThat(shape(store.groups().groupsBySource(C1, none(), PageRequest.first(100))))
                .containsExactly(group(newProject, oldDirect), group(onlyProject), group(middle));
    }

    @Test
    void expiredAndDisabledSharesLeaveTheirGroupUnlessAskedFor() {
        Share kept = stored(direct("c1", "/a", "c2", T0));
        Share expired = stored(share("c1", "/a", ShareTarget.of(new ContainerId("c3"), null), T0.plusSeconds(60),
                T0.plusSeconds(1)));
        Share enabled = stored(direct("c1", "/b", "c2", T0.plusSeconds(2)));
        Share disabled = store.shares().update(enabled.update(new ShareUpdate(Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), Change.set(false), Change.keep()), T0), event(EventType.UPDATED, enabled, T0));
        ShareFilter enabledOnly = new ShareFilter(null, null, null, true, false, null, LATER);
        ShareFilter withExpired = new ShareFilter(null, null, null, null, true, null, LATER);

        assertThat(shape(store.groups().groupsBySource(C1, enabledOnly, PageRequest.first(100)))).containsExactly(group(kept));
        assertThat(shape(store.groups().groupsBySource(C1, withExpired, PageRequest.first(100))))
                .containsExactly(group(disabled), group(expired, kept));
    }

    @Test
    void theSamePathOfTwoContainersIsTwoGroupsAndVisibilityAndRealmApply() {
        Share ofC1 = stored(direct("c1", "/data", "c2", T0));
        Share ofC2 = stored(direct("c2", "/data", "c1", T0.plusSeconds(1)));
        Share ofD1 = stored(direct("d1", "/data", "c1", T0.plusSeconds(2)));
        Share ofF1 = stored(direct("f1", "/data", "c1", T0.plusSeconds(3)));
        ShareFilter inR1 = new ShareFilter(null, null, null, null, false, new RealmId("r1"), LATER);

        assertThat(shape(store.groups().groupsVisible(new Visibility.Everything(), none(), PageRequest.first(100))))
                .containsExactly(group(ofF1), group(ofD1), group(ofC2), group(ofC1));
        assertThat(shape(store.groups().groupsVisible(new Visibility.ReadableBy(new UserId("alice")), none(),
                PageRequest.first(100)))).containsExactly(group(ofF1), group(ofC2), group(ofC1));
        assertThat(shape(store.groups().groupsVisible(new Visibility.ReadableBy(new UserId("alice")), inR1,
                PageRequest.first(100)))).containsExactly(group(ofC2), group(ofC1));
        assertThat(shape(store.groups().groupsVisible(new Visibility.ReadableBy(new UserId("bob")), none(),
                PageRequest.first(100)))).containsExactly(group(ofD1));
    }
}
