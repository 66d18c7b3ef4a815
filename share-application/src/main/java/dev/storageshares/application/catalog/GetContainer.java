package dev.storageshares.application.catalog;

import dev.storageshares.application.access.Caller;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.ContainerId;

public final class GetContainer {
    private final ContainerCatalog catalog;

    public GetContainer(ContainerCatalog catalog) {
        this.catalog = catalog;
    }

    public record Command(Caller caller, String containerId) {
    }

    public Container handle(Command command) {
        AdminOnly.require(command.caller());
        return ContainerId.parse(command.containerId()).flatMap(catalog::findContainer)
                .orElseThrow(ShareException::containerNotFound);
    }
}
