package dev.storageshares.domain.mount;

import static dev.storageshares.domain.share.ShareFixtures.NOW;
import static dev.storageshares.domain.share.ShareFixtures.direct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.domain.share.Change;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareUpdate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MountPlanTest {
    private final Share share = direct("db-1", "/data", "web-2");

    @Test
    void anEnabledShareWithoutOverrideIsMounted() {
        assertThat(MountPlan.of(List.of(share), Map.of())).containsExactly(share);
    }

    @Test
    void aShareTheReceiverRejectedIsNotMounted() {
        assertThat(MountPlan.of(List.of(share), Map.of(share.id(), false))).isEmpty();
        assertThat(MountPlan.of(List.of(share), Map.of(share.id(), true))).containsExactly(share);
    }

    @Test
    void aShareTheCreatorDisabledIsNotMountedWhateverTheReceiverSays() {
        Share disabled = share.update(new ShareUpdate(Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                Change.set(false), Change.keep()), NOW);

        assertThat(MountPlan.of(List.of(disabled), Map.of(disabled.id(), true))).isEmpty();
    }
}
