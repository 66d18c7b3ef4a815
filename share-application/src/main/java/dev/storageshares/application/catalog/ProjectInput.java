package dev.storageshares.application.catalog;

import dev.storageshares.domain.FieldError;
import java.util.List;

/**
 * A project as the platform sent it, not yet judged; {@code members} null means "none given".
 *
 * @param acceptsShareRequests null when not given: the project then does not accept requests
 */
public record ProjectInput(String realmId, String name, List<MemberInput> members, Boolean acceptsShareRequests,
                           List<FieldError> edgeErrors) {
    public ProjectInput {
        edgeErrors = List.copyOf(edgeErrors);
    }

    public ProjectInput(String realmId, String name, List<MemberInput> members, List<FieldError> edgeErrors) {
        this(realmId, name, members, null, edgeErrors);
    }

    public record MemberInput(String userId, String role) {
    }
}
