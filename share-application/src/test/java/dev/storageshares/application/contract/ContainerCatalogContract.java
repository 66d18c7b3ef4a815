package dev.storageshares.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.support.Errors;
import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.FieldError;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.ProjectRole;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.catalog.UserId;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Share;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What any {@code ContainerCatalog} must do, including the cascades of docs/api.md §8. */
public abstract class ContainerCatalogContract extends StorageContract {

    @Test
    void savingReportsWhetherTheEntryWasNewAndReplacesIt() {
        Project renamed = new Project(new ProjectId("p2"), new RealmId("r1"), "Renamed", List.of(member("eve", ProjectRole.VIEWER)));

        assertThat(store.catalog().saveProject(renamed)).isFalse();
        assertThat(store.catalog().findProject(new ProjectId("p2"))).contains(renamed);
        assertThat(store.catalog().saveContainer(new Container(new ContainerId("n1"), new RealmId("r1"),
                new ProjectId("p2"), new UserId("eve"), "n1", "n1"))).isTrue();
        Container moved = new Container(new ContainerId("n1"), new RealmId("r1"), new ProjectId("p1"), new UserId("eve"),
                "new name", "docker-n1");
        assertThat(store.catalog().saveContainer(moved)).isFalse();
        assertThat(store.catalog().findContainer(new ContainerId("n1"))).contains(moved);
    }

    @Test
    void aProjectKeepsItsMembersAndRoles() {
        Project p1 = store.catalog().findProject(new ProjectId("p1")).orElseThrow();

        assertThat(p1.roleOf(new UserId("alice"))).contains(ProjectRole.OWNER);
        assertThat(p1.roleOf(new UserId("vic"))).contains(ProjectRole.VIEWER);
        assertThat(p1.roleOf(new UserId("bob"))).isEmpty();
    }

    @Test
    void missingEntriesAreAbsent() {
        assertThat(store.catalog().findProject(new ProjectId("nope"))).isEmpty();
        assertThat(store.catalog().findContainer(new ContainerId("nope"))).isEmpty();
        assertThat(store.catalog().deleteContainer(new ContainerId("nope"))).isFalse();
        assertThat(store.catalog().deleteProject(new ProjectId("nope"))).isFalse();
    }

    @Test
    void containersAreListedByProjectAndWalkedInIdOrder() {
        assertThat(store.catalog().containersInProject(new ProjectId("p1"))).extracting(c -> c.id().value())
                .containsExactly("c1", "c2", "c3");
        List<Container> first = store.catalog().containersAfter(null, 2);
        List<Container> rest = store.catalog().containersAfter(first.get(1).id(), 10);

        assertThat(first).extracting(c -> c.id().value()).containsExactly("c1", "c2");
        assertThat(rest).extracting(c -> c.id().value()).containsExactly("c3", "d1", "f1");
    }

    @Test
    void deletingAContainerDeletesSharesFromAndDirectlyToItWithTheirOverridesAndStates() {
        Share from = stored(toProject("c1", "/a", "p1", T0));
        Share to = stored(direct("d1", "/b", "c1", T0));
        Share other = stored(direct("d1", "/c", "c2", T0));
        store.overrides().save("b".repeat(24), other.id(), new ContainerId("c2"), false, T0, event(EventType.MOUNT_TOGGLED, other, T0));
        store.states().record(new ContainerId("c1"), Map.of(to.id(), MountOutcome.applied()));

        assertThat(store.catalog().deleteContainer(new ContainerId("c1"))).isTrue();

        assertThat(store.shares().findById(from.id())).isEmpty();
        assertThat(store.shares().findById(to.id())).isEmpty();
        assertThat(store.shares().findById(other.id())).isPresent();
        assertThat(store.overrides().forContainer(new ContainerId("c2"))).containsEntry(other.id(), false);
        assertThat(store.states().forShare(to.id())).isEmpty();
    }

    @Test
    void deletingAProjectDeletesItsContainersAndTheSharesTargetingIt() {
        Share toP1 = stored(toProject("d1", "/a", "p1", T0));
        Share fromC2 = stored(direct("c2", "/b", "d1", T0));
        Share unrelated = stored(direct("d1", "/c", "f1", T0));

        assertThat(store.catalog().deleteProject(new ProjectId("p1"))).isTrue();

        assertThat(store.catalog().findContainer(new ContainerId("c2"))).isEmpty();
        assertThat(store.catalog().containersInProject(new ProjectId("p1"))).isEmpty();
        assertThat(store.shares().findById(toP1.id())).isEmpty();
        assertThat(store.shares().findById(fromC2.id())).isEmpty();
        assertThat(store.shares().findById(unrelated.id())).isPresent();
    }

    @Test
    void givenTheProjectDeletedMeanwhileWhenAContainerIsSavedThenItsProjectIsInvalid() {
        store.catalog().deleteProject(new ProjectId("p2"));

        ShareException e = Errors.failsWith(ErrorCode.VALIDATION_ERROR, () -> container("late", "r1", "p2", "bob"));
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("project_id");
    }
}
