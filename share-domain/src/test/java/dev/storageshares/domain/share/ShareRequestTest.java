package dev.storageshares.domain.share;

import static dev.storageshares.domain.share.ShareFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.UserId;
import dev.storageshares.domain.mount.MountPlan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShareRequestTest {
    private static final UserId DECIDER = new UserId("olga");

    private static Share request(String source, String path, ShareTarget target) {
        Share.Draft draft = new Share.Draft(new ContainerId(source), SourcePath.of(path), target, Mode.READONLY, null,
                null, null, true, null);
        return Share.request(ShareId.generate(NOW), draft, new UserId("alice"), NOW);
    }

    private static Share requestTo(String target) {
        return request("src", "/data", ShareTarget.of(new ContainerId(target), null));
    }

    @Test
    void givenARequest_thenItIsPendingAwaitingApprovalUndecidedAndNotInEffect() {
        Share share = requestTo("dst");

        assertThat(share.status()).isEqualTo(ShareStatus.PENDING);
        assertThat(share.statusMessage()).contains("Awaiting approval");
        assertThat(share.decision()).isEmpty();
        assertThat(share.inEffect()).isFalse();
    }

    @Test
    void whenApproved_thenItIsActiveInEffectAndRemembersWhoAndWhen() {
        Share approved = requestTo("dst").approve(DECIDER, NOW.plusSeconds(9));

        assertThat(approved.status()).isEqualTo(ShareStatus.ACTIVE);
        assertThat(approved.statusMessage()).isEmpty();
        assertThat(approved.inEffect()).isTrue();
        assertThat(approved.decision()).contains(new Decision(DECIDER, NOW.plusSeconds(9), null));
        assertThat(approved.updatedAt()).isEqualTo(NOW.plusSeconds(9));
    }

    @Test
    void whenRejected_thenTheReasonIsTheStatusMessageOrRejectedWithoutOne() {
        Share withReason = requestTo("dst").reject(DECIDER, "wrong bucket", NOW);
        Share without = requestTo("dst").reject(DECIDER, null, NOW);

        assertThat(withReason.status()).isEqualTo(ShareStatus.REJECTED);
        assertThat(withReason.statusMessage()).contains("wrong bucket");
        assertThat(withReason.decision().orElseThrow().reason()).isEqualTo("wrong bucket");
        assertThat(without.statusMessage()).contains("Rejected");
        assertThat(without.decision().orElseThrow().reason()).isNull();
        assertThat(withReason.inEffect()).isFalse();
    }

    @Test
    void onlyAPendingShareCanBeDecided() {
        Share approved = requestTo("dst").approve(DECIDER, NOW);
        Share outright = ShareFixtures.direct("src", "/data", "dst");

        for (Share notPending : List.of(approved, outright, requestTo("dst").reject(DECIDER, null, NOW))) {
            assertThatThrownBy(() -> notPending.approve(DECIDER, NOW)).isInstanceOfSatisfying(ShareException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.SHARE_NOT_PENDING));
            assertThatThrownBy(() -> notPending.reject(DECIDER, "x", NOW)).isInstanceOfSatisfying(ShareException.class,
                    e -> assertThat(e.getMessage()).isEqualTo("Share request is not pending"));
        }
    }

    @Test
    void aReasonOverFiveHundredCharactersIsRefused() {
        assertThatThrownBy(() -> requestTo("dst").reject(DECIDER, "x".repeat(501), NOW))
                .isInstanceOfSatisfying(ShareException.class, e -> assertThat(e.fieldErrors()).extracting("field")
                        .containsExactly("reason"));
    }

    @Test
    void theReconcilerCannotGiveARequestAMountHealth() {
        assertThatThrownBy(() -> requestTo("dst").withStatus(ShareStatus.FAILED, "boom"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void storageCannotHoldAPendingShareWithADecisionOrARejectionWithout() {
        assertThatThrownBy(() -> new ShareState(ShareStatus.PENDING, "Awaiting approval", new Decision(DECIDER, NOW, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShareState(ShareStatus.REJECTED, "Rejected", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPendingDirectShareHidesNoProjectShareAndAPendingProjectShareIsNeverHidden() {
        var receiver = ShareFixtures.container("dst", "p1");
        Share pendingDirect = requestTo("dst");
        Share projectShare = ShareFixtures.toProject("src", "/data", "p1");
        Share pendingProject = request("src", "/other", ShareTarget.of(null, receiver.project()));
        Share directOther = ShareFixtures.direct("src", "/other", "dst");

        List<Share> view = IncomingView.of(receiver, List.of(pendingDirect, projectShare, pendingProject, directOther), NOW);

        assertThat(view).containsExactlyInAnyOrder(pendingDirect, projectShare, pendingProject, directOther);
        assertThat(MountPlan.of(view, Map.of())).containsExactlyInAnyOrder(projectShare, directOther);
    }

    @Test
    void incomingListsHideRejectedRequestsUnlessAskedForThem() {
        Share rejected = requestTo("dst").reject(DECIDER, null, NOW);
        Share pending = requestTo("dst");
        Share active = ShareFixtures.direct("src", "/data", "dst");

        assertThat(List.of(rejected, pending, active).stream().filter(IncomingView.listing(null)))
                .containsExactly(pending, active);
        assertThat(List.of(rejected, pending, active).stream().filter(IncomingView.listing(ShareStatus.REJECTED)))
                .containsExactly(rejected);
    }
}
