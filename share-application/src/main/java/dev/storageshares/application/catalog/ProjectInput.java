package dev.storageshares.application.catalog;

import dev.storageshares.application.validation.CatalogId;
import dev.storageshares.application.validation.CatalogName;
import dev.storageshares.application.validation.ProjectRole;
import dev.storageshares.application.validation.UserId;
import dev.storageshares.domain.FieldError;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A project as the platform sent it, not yet judged; {@code members} null means "none given".
 *
 * @param acceptsShareRequests null when not given: the project then does not accept requests
 */
public record ProjectInput(@NotNull(message = "is required") @CatalogId String realmId,
                           @NotNull(message = "is required") @CatalogName String name,
                           List<@NotNull(message = "must be an object") @Valid MemberInput> members,
                           Boolean acceptsShareRequests, List<FieldError> edgeErrors) {
    public ProjectInput {
        edgeErrors = List.copyOf(edgeErrors);
    }

    public ProjectInput(String realmId, String name, List<MemberInput> members, List<FieldError> edgeErrors) {
        this(realmId, name, members, null, edgeErrors);
    }

    public record MemberInput(@NotNull(message = "is required") @UserId String userId,
                              @NotNull(message = "is required") @ProjectRole String role) {
    }
}
