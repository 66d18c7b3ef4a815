package dev.storageshares.domain.share;

import dev.storageshares.domain.ShareException;
import java.util.Objects;

/** What a creator may change on an existing share. Mode and enabled can be changed but never cleared. */
public record ShareUpdate(
        Change<Mode> mode,
        Change<Alias> alias,
        Change<Label> label,
        Change<Description> description,
        Change<Boolean> enabled,
        Change<ExpiresAt> expiresAt) {

    public ShareUpdate {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(enabled, "enabled");
        Objects.requireNonNull(expiresAt, "expiresAt");
        requireNotCleared(mode, "mode");
        requireNotCleared(enabled, "enabled");
    }

    /** A share always has a mode and a switch: an update may keep or set them, never clear them. */
    public static void requireNotCleared(Change<?> change, String field) {
        if (change instanceof Change.Clear) {
            throw ShareException.invalidField(field, "must not be null");
        }
    }
}
