package dev.storageshares.application.share;

import dev.storageshares.application.validation.Alias;
import dev.storageshares.application.validation.CatalogId;
import dev.storageshares.application.validation.Description;
import dev.storageshares.application.validation.FutureExpiry;
import dev.storageshares.application.validation.Label;
import dev.storageshares.application.validation.Mode;
import dev.storageshares.application.validation.SourcePath;
import dev.storageshares.domain.FieldError;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.share.ExpiresAt;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareTarget;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A create request as the caller sent it, not yet judged. Its constraints are checked inside the use
 * case, after the access checks, because the contract puts "who are you" before "what did you send".
 *
 * @param edgeErrors problems the transport already found (malformed JSON, wrong types, unknown fields)
 */
@OneTarget
public record NewShareInput(@NotNull(message = "is required") @SourcePath String sourcePath,
                            @CatalogId String targetContainerId, @CatalogId String targetProjectId,
                            @NotNull(message = "is required") @Mode String mode,
                            @Alias String alias, @Label String label, @Description String description, Boolean enabled,
                            @FutureExpiry Long expiresAt, List<FieldError> edgeErrors) {
    public NewShareInput {
        edgeErrors = List.copyOf(edgeErrors);
    }

    /** The share this input asks for; only once its constraints hold. */
    Share.Draft draft(ContainerId source) {
        return new Share.Draft(source, dev.storageshares.domain.share.SourcePath.of(sourcePath),
                ShareTarget.of(targetContainerId == null ? null : new ContainerId(targetContainerId),
                        targetProjectId == null ? null : new ProjectId(targetProjectId)),
                dev.storageshares.domain.share.Mode.fromWire(mode),
                alias == null ? null : new dev.storageshares.domain.share.Alias(alias),
                label == null ? null : new dev.storageshares.domain.share.Label(label),
                description == null ? null : new dev.storageshares.domain.share.Description(description),
                enabled == null || enabled, expiresAt == null ? null : ExpiresAt.ofEpochSecond(expiresAt));
    }
}
