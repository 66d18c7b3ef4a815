package dev.storageshares.domain.share;

import static dev.storageshares.domain.share.ShareFixtures.NOW;
import static dev.storageshares.domain.share.ShareFixtures.container;
import static dev.storageshares.domain.share.ShareFixtures.direct;
import static dev.storageshares.domain.share.ShareFixtures.toProject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ProjectId;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncomingViewTest {
    private final Container receiver = container("web-2", "p1");

    @Test
    void listsDirectAndProjectSharesReachingTheContainer() {
        Share direct = direct("db-1", "/data", "web-2");
        Share project = toProject("cache-1", "/cache", "p1");
        Share elsewhere = direct("db-1", "/data", "web-3");

        assertThat(IncomingView.of(receiver, List.of(direct, project, elsewhere), NOW)).containsExactlyInAnyOrder(direct, project);
    }

    @Test
    void directShareWinsOverProjectShareOfTheSameStorage() {
        Share project = toProject("db-1", "/data", "p1");
        Share direct = direct("db-1", "/data", "web-2");

        assertThat(IncomingView.of(receiver, List.of(project, direct), NOW)).containsExactly(direct);
    }

    @Test
    void projectShareOfOtherStorageFromTheSameSourceIsKept() {
        Share project = toProject("db-1", "/logs", "p1");
        Share direct = direct("db-1", "/data", "web-2");

        assertThat(IncomingView.of(receiver, List.of(project, direct), NOW)).containsExactlyInAnyOrder(direct, project);
    }

    @Test
    void aSourceNeverReceivesItsOwnProjectShare() {
        Share project = toProject("web-2", "/data", "p1");

        assertThat(IncomingView.of(receiver, List.of(project), NOW)).isEmpty();
    }

    @Test
    void aShareExpiringExactlyNowIsGone() {
        Share expiring = ShareFixtures.share("db-1", "/data", ShareTarget.of(receiver.id(), null),
                new ExpiresAt(NOW.plusSeconds(5)), NOW);

        assertThat(IncomingView.of(receiver, List.of(expiring), NOW.plusSeconds(4))).containsExactly(expiring);
        assertThat(IncomingView.of(receiver, List.of(expiring), NOW.plusSeconds(5))).isEmpty();
    }

    @Test
    void anExpiredDirectShareNoLongerHidesTheProjectShare() {
        Share project = toProject("db-1", "/data", "p1");
        Share expiredDirect = ShareFixtures.share("db-1", "/data", ShareTarget.of(receiver.id(), null),
                new ExpiresAt(NOW.plusSeconds(5)), NOW);

        assertThat(IncomingView.of(receiver, List.of(project, expiredDirect), NOW.plusSeconds(10))).containsExactly(project);
    }

    @Test
    void disabledSharesAreStillListed() {
        Share disabled = direct("db-1", "/data", "web-2").update(new ShareUpdate(Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), Change.set(false), Change.keep()), NOW);

        assertThat(IncomingView.of(receiver, List.of(disabled), NOW)).containsExactly(disabled);
    }

    @Test
    void listsNewestFirst() {
        Share older = ShareFixtures.share("a", "/x", ShareTarget.of(receiver.id(), null), null, NOW);
        Share newer = ShareFixtures.share("b", "/x", ShareTarget.of(null, new ProjectId("p1")), null, NOW.plusSeconds(1));

        assertThat(IncomingView.of(receiver, List.of(older, newer), NOW.plusSeconds(2))).containsExactly(newer, older);
    }
}
