package dev.storageshares.domain.catalog;

import java.util.List;
import java.util.Optional;

/** The platform's inventory: which projects and containers exist, who owns and belongs to them. */
public interface ContainerCatalog {

    Optional<Container> findContainer(ContainerId id);

    Optional<Project> findProject(ProjectId id);

    /** Every container of the project, ordered by id. */
    List<Container> containersInProject(ProjectId project);

    /** Keyset walk over every container, ordered by id; {@code after} null starts at the beginning. */
    List<Container> containersAfter(ContainerId after, int limit);

    /** Creates or replaces; true when the project is new. */
    boolean saveProject(Project project);

    /** Creates or replaces; true when the container is new. The caller has checked its project exists. */
    boolean saveContainer(Container container);

    /** Deletes the project and its containers; the caller has removed the shares that depend on them. */
    boolean deleteProject(ProjectId id);

    boolean deleteContainer(ContainerId id);
}
