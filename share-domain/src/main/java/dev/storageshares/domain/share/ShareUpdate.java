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
        if (mode instanceof Change.Clear) {
            throw ShareException.invalidField("mode", "must not be null");
        }
        if (enabled instanceof Change.Clear) {
            throw ShareException.invalidField("enabled", "must not be null");
        }
    }
}
