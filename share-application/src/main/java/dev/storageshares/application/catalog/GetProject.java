package dev.storageshares.application.catalog;

import dev.storageshares.application.access.Caller;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.catalog.ProjectId;

public final class GetProject {
    private final ContainerCatalog catalog;

    public GetProject(ContainerCatalog catalog) {
        this.catalog = catalog;
    }

    public record Command(Caller caller, String projectId) {
    }

    public Project handle(Command command) {
        AdminOnly.require(command.caller());
        return ProjectId.parse(command.projectId()).flatMap(catalog::findProject)
                .orElseThrow(ShareException::projectNotFound);
    }
}
