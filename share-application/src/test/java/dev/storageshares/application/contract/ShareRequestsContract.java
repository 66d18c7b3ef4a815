package dev.storageshares.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.ProjectRole;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.catalog.UserId;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.Change;
import dev.storageshares.domain.share.Decision;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.ExpiresAt;
import dev.storageshares.domain.share.Label;
import dev.storageshares.domain.share.Mode;
import dev.storageshares.domain.share.RequestScope;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareStatus;
import dev.storageshares.domain.share.ShareTarget;
import dev.storageshares.domain.share.ShareUpdate;
import dev.storageshares.domain.share.SourcePath;
import dev.storageshares.domain.share.Visibility;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What any {@code ShareRepository} must do with share requests: keep their state and decision, let
 * exactly one decision through, list them for those who may decide, and keep them out of the
 * direct-over-project hiding. Adds project "ops" (realm r1, accepting requests: olga owner, adam
 * admin, mel member, vera viewer) with o1 (oscar) and o2 (olga).
 */
public abstract class ShareRequestsContract extends StorageContract {
    private static final UserId MEL = new UserId("mel");

    @BeforeEach
    void seedOps() {
        store.catalog().saveProject(new Project(new ProjectId("ops"), new RealmId("r1"), "Ops",
                List.of(member("olga", ProjectRole.OWNER), member("adam", ProjectRole.ADMIN),
                        member("mel", ProjectRole.MEMBER), member("vera", ProjectRole.VIEWER)), true));
        container("o1", "r1", "ops", "oscar");
        container("o2", "r1", "ops", "olga");
    }

    private static Share request(String source, String path, ShareTarget target, Instant createdAt) {
        Share.Draft draft = new Share.Draft(new ContainerId(source), SourcePath.of(path), target, Mode.READONLY, null,
                null, null, true, null);
        return Share.request(ShareId.generate(createdAt), draft, new UserId("alice"), createdAt);
    }

    private Share storedRequest(String source, String path, ShareTarget target, Instant createdAt) {
        Share share = request(source, path, target, createdAt);
        store.shares().insert(share, event(EventType.REQUESTED, share, createdAt));
        return share;
    }

    private static ShareTarget toContainer(String id) {
        return ShareTarget.of(new ContainerId(id), null);
    }

    private static ShareTarget toOps() {
        return ShareTarget.of(null, new ProjectId("ops"));
    }

    private List<String> requestIds(RequestScope scope, Instant now) {
        return store.queries().listRequests(scope, now, PageRequest.first(100)).items().stream()
                .map(share -> share.id().value()).toList();
    }

    private static RequestScope by(String user) {
        return new RequestScope.DecidableBy(new UserId(user));
    }

    @Test
    void theProjectsOptInIsStored() {
        assertThat(store.catalog().findProject(new ProjectId("ops")).orElseThrow().acceptsShareRequests()).isTrue();
        assertThat(store.catalog().findProject(new ProjectId("p1")).orElseThrow().acceptsShareRequests()).isFalse();
    }

    @Test
    void aRequestIsStoredPendingAndItsDecisionWithItsReasonSurvivesARoundTrip() {
        Share pending = storedRequest("c1", "/data", toContainer("o1"), T0);
        assertThat(store.shares().findById(pending.id())).contains(pending);

        Share rejected = pending.reject(MEL, "not today", T0.plusSeconds(5));
        Share stored = store.shares().decide(rejected, event(EventType.REJECTED, pending, T0.plusSeconds(5)));

        assertThat(stored).isEqualTo(rejected);
        Share reloaded = store.shares().findById(pending.id()).orElseThrow();
        assertThat(reloaded.status()).isEqualTo(ShareStatus.REJECTED);
        assertThat(reloaded.statusMessage()).contains("not today");
        assertThat(reloaded.decision()).contains(new Decision(MEL, T0.plusSeconds(5), "not today"));
        assertThat(reloaded.updatedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(store.history().history(pending.id(), PageRequest.first(100)).items())
                .extracting(e -> e.type()).containsExactly(EventType.REJECTED, EventType.REQUESTED);
    }

    @Test
    void onlyOneDecisionGetsThroughAndAVanishedRequestIsNotFound() {
        Share pending = storedRequest("c1", "/data", toContainer("o1"), T0);
        store.shares().decide(pending.approve(MEL, T0), event(EventType.APPROVED, pending, T0));

        assertThatThrownBy(() -> store.shares().decide(pending.reject(MEL, null, T0), event(EventType.REJECTED, pending, T0)))
                .isInstanceOfSatisfying(ShareException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SHARE_NOT_PENDING));
        assertThat(store.shares().findById(pending.id()).orElseThrow().status()).isEqualTo(ShareStatus.ACTIVE);

        Share gone = storedRequest("c1", "/gone", toContainer("o1"), T0);
        store.shares().delete(gone.id(), event(EventType.DELETED, gone, T0));
        assertThatThrownBy(() -> store.shares().decide(gone.approve(MEL, T0), event(EventType.APPROVED, gone, T0)))
                .isInstanceOfSatisfying(ShareException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND));
    }

    @Test
    void aDecisionKeepsTheCreatorsEditsAndAnEditKeepsTheDecision() {
        Share pending = storedRequest("c1", "/data", toContainer("o1"), T0);
        Share edited = store.shares().update(pending.update(new ShareUpdate(Change.keep(), Change.keep(),
                Change.set(new Label("nightly")), Change.keep(), Change.keep(), Change.keep()), T0.plusSeconds(1)),
                event(EventType.UPDATED, pending, T0.plusSeconds(1)));

        Share approved = store.shares().decide(pending.approve(MEL, T0.plusSeconds(2)),
                event(EventType.APPROVED, pending, T0.plusSeconds(2)));
        assertThat(approved.label()).contains(new Label("nightly"));
        assertThat(approved.status()).isEqualTo(ShareStatus.ACTIVE);

        Share relabelled = store.shares().update(approved.update(new ShareUpdate(Change.keep(), Change.keep(),
                Change.set(new Label("weekly")), Change.keep(), Change.keep(), Change.keep()), T0.plusSeconds(3)),
                event(EventType.UPDATED, edited, T0.plusSeconds(3)));
        assertThat(relabelled.decision()).contains(new Decision(MEL, T0.plusSeconds(2), null));
        assertThat(store.shares().findById(pending.id()).orElseThrow().decision()).isEqualTo(relabelled.decision());
    }

    @Test
    void theReconcilerCannotTurnARequestIntoAShareInEffect() {
        Share pending = storedRequest("c1", "/data", toContainer("o1"), T0);

        assertThat(store.shares().changeStatus(pending.id(), ShareStatus.ACTIVE, null,
                event(EventType.RECOVERED, pending, T0))).isFalse();
        assertThat(store.shares().changeStatus(pending.id(), ShareStatus.FAILED, "x",
                event(EventType.FAILED, pending, T0))).isFalse();
        assertThat(store.shares().findById(pending.id()).orElseThrow()).isEqualTo(pending);
    }

    @Test
    void anIdenticalShareIsADuplicateWhateverTheStatusOfTheFirst() {
        Share pending = storedRequest("c1", "/data", toContainer("o1"), T0);
        store.shares().decide(pending.reject(MEL, null, T0), event(EventType.REJECTED, pending, T0));

        assertThatThrownBy(() -> storedRequest("c1", "/data", toContainer("o1"), T0.plusSeconds(1)))
                .isInstanceOfSatisfying(ShareException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SHARE_ALREADY_EXISTS));
    }

    @Test
    void requestsAreListedForWritersOfTheTargetContainerAndOwnersOrAdminsOfTheTargetProject() {
        Share toO1 = storedRequest("c1", "/a", toContainer("o1"), T0);
        Share toProject = storedRequest("c1", "/b", toOps(), T0.plusSeconds(1));
        Share toO2 = storedRequest("d1", "/c", toContainer("o2"), T0.plusSeconds(2));
        stored(direct("c1", "/in-effect", "o1", T0.plusSeconds(3)));
        Share decided = storedRequest("c1", "/decided", toContainer("o1"), T0.plusSeconds(4));
        store.shares().decide(decided.reject(MEL, null, T0), event(EventType.REJECTED, decided, T0));

        String o1 = toO1.id().value();
        String project = toProject.id().value();
        String o2 = toO2.id().value();
        assertThat(requestIds(new RequestScope.Everything(), T0)).containsExactly(o2, project, o1);
        assertThat(requestIds(by("adam"), T0)).containsExactly(o2, project, o1);
        assertThat(requestIds(by("olga"), T0)).containsExactly(o2, project, o1);
        assertThat(requestIds(by("mel"), T0)).containsExactly(o2, o1);
        assertThat(requestIds(by("oscar"), T0)).containsExactly(o1);
        assertThat(requestIds(by("vera"), T0)).isEmpty();
        assertThat(requestIds(by("alice"), T0)).isEmpty();
    }

    @Test
    void anExpiredRequestIsNotListedAndTheListPagesNewestFirst() {
        Share expiring = request("c1", "/exp", toContainer("o1"), T0);
        Share.Draft draft = new Share.Draft(new ContainerId("c1"), SourcePath.of("/exp"), toContainer("o1"),
                Mode.READONLY, null, null, null, true, new ExpiresAt(T0.plusSeconds(10)));
        expiring = Share.request(expiring.id(), draft, new UserId("alice"), T0);
        store.shares().insert(expiring, event(EventType.REQUESTED, expiring, T0));
        for (int i = 0; i < 3; i++) {
            storedRequest("c1", "/p" + i, toContainer("o1"), T0.plusSeconds(i + 1));
        }

        Page<Share> first = store.queries().listRequests(by("oscar"), T0.plusSeconds(20), PageRequest.first(2));
        Page<Share> second = store.queries().listRequests(by("oscar"), T0.plusSeconds(20),
                new PageRequest(2, first.next().orElseThrow()));

        assertThat(first.items()).extracting(s -> s.sourcePath().value()).containsExactly("/p2", "/p1");
        assertThat(second.items()).extracting(s -> s.sourcePath().value()).containsExactly("/p0");
        assertThat(second.next()).isEmpty();
    }

    @Test
    void requestsTakeNoPartInHidingAndTheIncomingListShowsRejectedOnlyWhenAsked() {
        Share pendingDirect = storedRequest("c1", "/x", toContainer("o1"), T0);
        Share projectShare = stored(toProject("c1", "/x", "ops", T0.plusSeconds(1)));
        Share pendingProject = storedRequest("c1", "/y", toOps(), T0.plusSeconds(2));
        Share directY = stored(direct("c1", "/y", "o1", T0.plusSeconds(3)));
        Share rejected = storedRequest("c1", "/z", toContainer("o1"), T0.plusSeconds(4));
        store.shares().decide(rejected.reject(MEL, "no", T0), event(EventType.REJECTED, rejected, T0));
        Visibility oscar = new Visibility.ReadableBy(new UserId("oscar"));

        assertThat(store.queries().listIncomingVisible(oscar, null, null, T0, PageRequest.first(100)).items())
                .extracting(s -> s.id().value()).containsExactly(directY.id().value(), pendingProject.id().value(),
                        projectShare.id().value(), pendingDirect.id().value());
        assertThat(store.queries().listIncomingVisible(oscar, null, ShareStatus.REJECTED, T0, PageRequest.first(100))
                .items()).extracting(s -> s.id().value()).containsExactly(rejected.id().value());
        assertThat(store.queries().listIncomingVisible(oscar, null, ShareStatus.PENDING, T0, PageRequest.first(100))
                .items()).extracting(s -> s.id().value()).containsExactly(pendingProject.id().value(),
                        pendingDirect.id().value());
        assertThat(store.queries().listIncomingVisible(new Visibility.Everything(), null, ShareStatus.ACTIVE, T0,
                PageRequest.first(100)).items()).extracting(s -> s.id().value())
                .containsExactly(directY.id().value(), projectShare.id().value());
    }
}
