package dev.storageshares.application.share;

import dev.storageshares.application.validation.Alias;
import dev.storageshares.application.validation.Description;
import dev.storageshares.application.validation.FutureExpiry;
import dev.storageshares.application.validation.Label;
import dev.storageshares.application.validation.Mode;
import dev.storageshares.application.validation.NotCleared;
import dev.storageshares.domain.FieldError;
import dev.storageshares.domain.share.Change;
import dev.storageshares.domain.share.ExpiresAt;
import dev.storageshares.domain.share.ShareUpdate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** An update request as the caller sent it: each field kept, set or cleared, not yet judged. */
public record SharePatchInput(@NotCleared Change<@Mode String> mode, Change<@Alias String> alias,
                              Change<@Label String> label, Change<@Description String> description,
                              @NotCleared Change<Boolean> enabled, Change<@FutureExpiry Long> expiresAt,
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

    /** The change this input asks for; only once its constraints hold. */
    ShareUpdate update() {
        return new ShareUpdate(map(mode, dev.storageshares.domain.share.Mode::fromWire),
                map(alias, dev.storageshares.domain.share.Alias::new), map(label, dev.storageshares.domain.share.Label::new),
                map(description, dev.storageshares.domain.share.Description::new), enabled,
                map(expiresAt, ExpiresAt::ofEpochSecond));
    }

    private static <R, T> Change<T> map(Change<R> raw, Function<R, T> factory) {
        if (raw instanceof Change.Set<R> set) {
            return Change.set(factory.apply(set.value()));
        }
        return raw instanceof Change.Clear ? Change.clear() : Change.keep();
    }
}
