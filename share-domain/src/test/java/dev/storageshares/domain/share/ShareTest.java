package dev.storageshares.domain.share;

import static dev.storageshares.domain.share.ShareFixtures.NOW;
import static dev.storageshares.domain.share.ShareFixtures.direct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.UserId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ShareTest {

    @Test
    void givenANewShare_thenItIsActiveEnabledAndNotNotified() {
        Share share = direct("src", "/data", "dst");
        assertThat(share.status()).isEqualTo(ShareStatus.ACTIVE);
        assertThat(share.statusMessage()).isEmpty();
        assertThat(share.enabled()).isTrue();
        assertThat(share.expiryNotified()).isFalse();
        assertThat(share.createdAt()).isEqualTo(share.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void whenTheTargetIsTheSourceContainer_thenCreationIsASelfShare() {
        assertThatThrownBy(() -> direct("same", "/data", "same"))
                .isInstanceOfSatisfying(ShareException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SELF_SHARE);
                    assertThat(e.getMessage()).isEqualTo("A container cannot share a directory with itself.");
                });
    }

    @Test
    void whenExpiryIsNotInTheFuture_thenCreationIsRejected() {
        Share.Draft draft = new Share.Draft(new ContainerId("a"), SourcePath.of("/d"),
                ShareTarget.of(new ContainerId("b"), null), Mode.READONLY, null, null, null, true,
                new ExpiresAt(NOW));
        assertThatThrownBy(() -> Share.create(ShareId.generate(NOW), draft, new UserId("u"), NOW))
                .isInstanceOfSatisfying(ShareException.class, e -> assertThat(e.fieldErrors()).extracting("field")
                        .containsExactly("expires_at"));
    }

    @Test
    void whenNothingChanges_thenUpdateReturnsTheSameShareAndKeepsUpdatedAt() {
        Share share = direct("src", "/data", "dst");
        assertThat(share.update(new ShareUpdate(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                Change.keep()), NOW.plusSeconds(60))).isSameAs(share);
        ShareUpdate sameMode = new ShareUpdate(Change.set(Mode.READONLY), Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), Change.keep());
        assertThat(share.update(sameMode, NOW.plusSeconds(60))).isSameAs(share);
    }

    @Test
    void whenAFieldIsSetOrCleared_thenOnlyThatFieldChangesAndUpdatedAtMoves() {
        Share share = direct("src", "/data", "dst");
        Share labelled = share.update(new ShareUpdate(Change.keep(), Change.keep(), Change.set(new Label("prod")),
                Change.keep(), Change.keep(), Change.keep()), NOW.plusSeconds(1));
        Share cleared = labelled.update(new ShareUpdate(Change.keep(), Change.keep(), Change.clear(), Change.keep(),
                Change.keep(), Change.keep()), NOW.plusSeconds(2));

        assertThat(labelled.label()).contains(new Label("prod"));
        assertThat(labelled.updatedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(labelled.changesSince(share)).containsOnlyKeys("label");
        assertThat(cleared.label()).isEmpty();
        assertThat(cleared.mode()).isEqualTo(share.mode());
    }

    @Test
    void whenExpiryChanges_thenTheExpiryNoticeIsReArmed() {
        Share notified = direct("src", "/data", "dst").update(new ShareUpdate(Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), Change.keep(), Change.set(new ExpiresAt(NOW.plus(Duration.ofHours(1))))),
                NOW).withExpiryNotified();
        Share moved = notified.update(new ShareUpdate(Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), Change.set(new ExpiresAt(NOW.plus(Duration.ofDays(2))))), NOW);
        Share relabelled = notified.update(new ShareUpdate(Change.keep(), Change.keep(), Change.set(new Label("abc")),
                Change.keep(), Change.keep(), Change.keep()), NOW);

        assertThat(moved.expiryNotified()).isFalse();
        assertThat(relabelled.expiryNotified()).isTrue();
    }

    @Test
    void whenModeEnabledOrExpiryChange_thenMountsAreAffected() {
        Share share = direct("src", "/data", "dst");
        Share disabled = share.update(new ShareUpdate(Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                Change.set(false), Change.keep()), NOW);
        Share described = share.update(new ShareUpdate(Change.keep(), Change.keep(), Change.keep(),
                Change.set(new Description("x")), Change.keep(), Change.keep()), NOW);

        assertThat(disabled.affectsMountsComparedTo(share)).isTrue();
        assertThat(described.affectsMountsComparedTo(share)).isFalse();
    }

    @Test
    void modeAndEnabledCannotBeCleared() {
        assertThatThrownBy(() -> new ShareUpdate(Change.clear(), Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), Change.keep())).isInstanceOf(ShareException.class);
        assertThatThrownBy(() -> new ShareUpdate(Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                Change.clear(), Change.keep())).isInstanceOf(ShareException.class);
    }

    @Test
    void expiryIsInclusive() {
        Share share = ShareFixtures.share("a", "/d", ShareTarget.of(new ContainerId("b"), null),
                new ExpiresAt(NOW.plusSeconds(10)), NOW);
        assertThat(share.isExpiredAt(NOW.plusSeconds(9))).isFalse();
        assertThat(share.isExpiredAt(NOW.plusSeconds(10))).isTrue();
    }

    @Test
    void theMountPathIsDecidedByTheShareId() {
        Share share = direct("src", "/data", "dst");
        assertThat(share.mountPath()).isEqualTo("/mnt/shares/" + share.id().value());
    }

    @Test
    void shareIdsAre24LowercaseHexAndOrderedByTime() {
        ShareId earlier = ShareId.generate(NOW);
        ShareId later = ShareId.generate(NOW.plusSeconds(1));
        assertThat(earlier.value()).matches("[0-9a-f]{24}");
        assertThat(earlier.value()).isLessThan(later.value());
        assertThat(ShareId.parse("XYZ")).isEmpty();
    }
}
