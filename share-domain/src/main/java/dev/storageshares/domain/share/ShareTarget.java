package dev.storageshares.domain.share;

import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.ProjectId;
import java.util.Objects;

/** Who receives a share: one container, or every container of a project. Exactly one of the two. */
public sealed interface ShareTarget {

    TargetType type();

    /** The raw id of whichever target this is. */
    String id();

    /** Whether the share lands in {@code receiver}; a source never receives its own share. */
    boolean reaches(Container receiver, ContainerId source);

    static ShareTarget of(ContainerId container, ProjectId project) {
        if ((container == null) == (project == null)) {
            throw ShareException.invalidField("target", "exactly one of target_container_id and target_project_id is required");
        }
        return container != null ? new ToContainer(container) : new ToProject(project);
    }

    record ToContainer(ContainerId container) implements ShareTarget {
        public ToContainer {
            Objects.requireNonNull(container, "container");
        }

        @Override
        public TargetType type() {
            return TargetType.CONTAINER;
        }

        @Override
        public String id() {
            return container.value();
        }

        @Override
        public boolean reaches(Container receiver, ContainerId source) {
            return receiver.id().equals(container) && !receiver.id().equals(source);
        }
    }

    record ToProject(ProjectId project) implements ShareTarget {
        public ToProject {
            Objects.requireNonNull(project, "project");
        }

        @Override
        public TargetType type() {
            return TargetType.PROJECT;
        }

        @Override
        public String id() {
            return project.value();
        }

        @Override
        public boolean reaches(Container receiver, ContainerId source) {
            return receiver.project().equals(project) && !receiver.id().equals(source);
        }
    }
}
