package dev.storageshares.application.catalog;

import dev.storageshares.domain.FieldError;
import java.util.List;

/** A container as the platform sent it, not yet judged. */
public record ContainerInput(String realmId, String projectId, String ownerId, String name, String runtimeRef,
                             List<FieldError> edgeErrors) {
    public ContainerInput {
        edgeErrors = List.copyOf(edgeErrors);
    }
}
