package dev.storageshares.application.share;

import dev.storageshares.domain.FieldError;
import dev.storageshares.domain.share.Change;
import java.util.List;
import java.util.Objects;

/** An update request as the caller sent it: each field kept, set or cleared, not yet judged. */
public record SharePatchInput(Change<String> mode, Change<String> alias, Change<String> label,
                              Change<String> description, Change<Boolean> enabled, Change<Long> expiresAt,
                              List<FieldError> edgeErrors) {
    public SharePatchInput {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(enabled, "enabled");
        Objects.requireNonNull(expiresAt, "expiresAt");
        edgeErrors = List.copyOf(edgeErrors);
    }
}
