package dev.storageshares.application.share;

import static dev.storageshares.application.support.Errors.failsWith;
import static dev.storageshares.application.support.World.ALICE;
import static dev.storageshares.application.support.World.EVE;
import static dev.storageshares.application.support.World.toContainer;
import static dev.storageshares.application.support.World.toProject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.support.World;
import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.FieldError;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.share.Share;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ListOutgoingSharesTest {
    private final World world = new World();

    private Page<Share> list(ListFilters filters) {
        return world.app.listOutgoingShares().handle(new ListOutgoingShares.Command(ALICE, "web-1", filters));
    }

    @Test
    void filtersByTargetTypeAndPagesNewestFirst() {
        Share first = world.share(ALICE, "web-1", toContainer("/a", "web-2"));
        world.clock.advance(Duration.ofSeconds(1));
        Share second = world.share(ALICE, "web-1", toProject("/b", "p1"));
        world.clock.advance(Duration.ofSeconds(1));
        Share third = world.share(ALICE, "web-1", toContainer("/c", "web-3"));

        assertThat(list(new ListFilters("container", null, null, null, null, null, null, null)).items())
                .containsExactly(third, first);
        Page<Share> page1 = list(ListFilters.paging("2", null));
        Page<Share> page2 = list(ListFilters.paging("2", page1.next().orElseThrow().encode()));
        assertThat(page1.items()).containsExactly(third, second);
        assertThat(page2.items()).containsExactly(first);
        assertThat(page2.next()).isEmpty();
    }

    @Test
    void everyBadFilterValueIsReported() {
        var e = failsWith(ErrorCode.VALIDATION_ERROR, () -> list(
                new ListFilters("host", "x", "broken", "yes", "maybe", "bad/realm", "0", "not-a-cursor")));

        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "target_type", "label", "status", "enabled", "include_expired", "realm_id", "limit", "cursor");
    }

    @Test
    void theGlobalListShowsOnlySharesOfReadableContainers() {
        world.share(ALICE, "web-1", toContainer("/a", "web-2"));

        assertThat(world.app.listAllOutgoingShares().handle(new ListAllOutgoingShares.Command(ALICE, ListFilters.none())).items()).hasSize(1);
        assertThat(world.app.listAllOutgoingShares().handle(new ListAllOutgoingShares.Command(EVE, ListFilters.none())).items()).isEmpty();
    }
}
