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
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListOutgoingGroupsTest {
    private final World world = new World();

    private List<ShareGroup> groups(String groupBy, ListFilters filters) {
        return world.app.listOutgoingGroups().handle(new ListOutgoingGroups.Command(ALICE, "web-1", groupBy, filters)).items();
    }

    @Test
    void aContainersSharesAreGroupedByDirectory() {
        Share first = world.share(ALICE, "web-1", toContainer("/logs", "web-2"));
        world.clock.advance(java.time.Duration.ofSeconds(1));
        Share second = world.share(ALICE, "web-1", toProject("/logs", "p1"));

        assertThat(groups("source_path", ListFilters.none())).singleElement()
                .satisfies(group -> assertThat(group.shares()).containsExactly(second, first));
        assertThat(world.app.listAllOutgoingGroups().handle(new ListAllOutgoingGroups.Command(ALICE, "source_path",
                ListFilters.none())).items()).hasSize(1);
    }

    @Test
    void onlySourcePathIsAGroupingAndBadFiltersAreReportedToo() {
        failsWith(ErrorCode.VALIDATION_ERROR, () -> groups("target", ListFilters.none()));
        failsWith(ErrorCode.VALIDATION_ERROR, () -> world.app.listAllOutgoingGroups().handle(
                new ListAllOutgoingGroups.Command(ALICE, "", ListFilters.none())));
        ShareException e = failsWith(ErrorCode.VALIDATION_ERROR, () -> groups("source_path", ListFilters.paging("0", null)));

        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("limit");
    }

    @Test
    void aContainerTheCallerCannotReadIsNotFoundWhateverTheGrouping() {
        failsWith(ErrorCode.CONTAINER_NOT_FOUND, () -> world.app.listOutgoingGroups().handle(
                new ListOutgoingGroups.Command(EVE, "web-1", "nonsense", ListFilters.none())));
        assertThat(world.app.listAllOutgoingGroups().handle(new ListAllOutgoingGroups.Command(World.EVE, "source_path",
                ListFilters.none())).items()).isEmpty();
    }
}
