package dev.storageshares.application.share;

import dev.storageshares.domain.FieldError;
import java.util.List;

/**
 * A create request as the caller sent it, not yet judged. Validation happens inside the use case,
 * after the access checks, because the contract puts "who are you" before "what did you send".
 *
 * @param edgeErrors problems the transport already found (malformed JSON, wrong types, unknown fields)
 */
public record NewShareInput(String sourcePath, String targetContainerId, String targetProjectId, String mode,
                            String alias, String label, String description, Boolean enabled, Long expiresAt,
                            List<FieldError> edgeErrors) {
    public NewShareInput {
        edgeErrors = List.copyOf(edgeErrors);
    }
}
