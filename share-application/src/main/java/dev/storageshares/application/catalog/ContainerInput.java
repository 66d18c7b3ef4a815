package dev.storageshares.application.catalog;

import dev.storageshares.application.validation.CatalogId;
import dev.storageshares.application.validation.CatalogName;
import dev.storageshares.application.validation.RuntimeRef;
import dev.storageshares.application.validation.UserId;
import dev.storageshares.domain.FieldError;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A container as the platform sent it, not yet judged. */
public record ContainerInput(@NotNull(message = "is required") @CatalogId String realmId,
                             @NotNull(message = "is required") @CatalogId String projectId,
                             @NotNull(message = "is required") @UserId String ownerId,
                             @NotNull(message = "is required") @CatalogName String name,
                             @NotNull(message = "is required") @RuntimeRef String runtimeRef,
                             List<FieldError> edgeErrors) {
    public ContainerInput {
        edgeErrors = List.copyOf(edgeErrors);
    }
}
