package dev.storageshares.application.share;

import dev.storageshares.domain.FieldError;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.Validation;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.share.Alias;
import dev.storageshares.domain.share.Change;
import dev.storageshares.domain.share.Description;
import dev.storageshares.domain.share.ExpiresAt;
import dev.storageshares.domain.share.Label;
import dev.storageshares.domain.share.Mode;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareTarget;
import dev.storageshares.domain.share.ShareUpdate;
import dev.storageshares.domain.share.SourcePath;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Turns raw request input into value objects, reporting every bad field at once. */
final class InputRules {

    private InputRules() {
    }

    static Share.Draft draft(ContainerId source, NewShareInput input, Instant now) {
        Validation v = new Validation();
        v.rejectAll(input.edgeErrors());
        List<String> flagged = input.edgeErrors().stream().map(FieldError::field).toList();
        if (input.sourcePath() == null && !flagged.contains("source_path")) {
            v.reject("source_path", "is required");
        }
        if (input.mode() == null && !flagged.contains("mode")) {
            v.reject("mode", "is required");
        }
        if ((input.targetContainerId() == null) == (input.targetProjectId() == null)
                && !flagged.contains("target_container_id") && !flagged.contains("target_project_id")) {
            v.reject("target_container_id", "exactly one of target_container_id and target_project_id is required");
        }
        Mode mode = v.field(input.mode(), () -> Mode.fromWire(input.mode()));
        ContainerId targetContainer = v.field(input.targetContainerId(), () -> new ContainerId(input.targetContainerId()));
        ProjectId targetProject = v.field(input.targetProjectId(), () -> new ProjectId(input.targetProjectId()));
        Alias alias = v.field(input.alias(), () -> new Alias(input.alias()));
        Label label = v.field(input.label(), () -> new Label(input.label()));
        Description description = v.field(input.description(), () -> new Description(input.description()));
        ExpiresAt expiresAt = v.field(input.expiresAt(), () -> futureExpiry(input.expiresAt(), now));
        SourcePath path = v.field(input.sourcePath(), () -> SourcePath.of(input.sourcePath()));
        v.throwIfInvalid();
        boolean enabled = input.enabled() == null || input.enabled();
        return new Share.Draft(source, path, ShareTarget.of(targetContainer, targetProject), mode, alias, label,
                description, enabled, expiresAt);
    }

    static ShareUpdate update(SharePatchInput input, Instant now) {
        Validation v = new Validation();
        v.rejectAll(input.edgeErrors());
        if (input.mode() instanceof Change.Clear) {
            v.reject("mode", "must not be null");
        }
        if (input.enabled() instanceof Change.Clear) {
            v.reject("enabled", "must not be null");
        }
        Change<Mode> mode = convert(v, input.mode(), Mode::fromWire);
        Change<Alias> alias = convert(v, input.alias(), Alias::new);
        Change<Label> label = convert(v, input.label(), Label::new);
        Change<Description> description = convert(v, input.description(), Description::new);
        Change<ExpiresAt> expiresAt = convert(v, input.expiresAt(), seconds -> futureExpiry(seconds, now));
        v.throwIfInvalid();
        return new ShareUpdate(mode, alias, label, description, input.enabled(), expiresAt);
    }

    private static <R, T> Change<T> convert(Validation v, Change<R> raw, Function<R, T> factory) {
        if (raw instanceof Change.Set<R> set) {
            T value = v.field(set.value(), () -> factory.apply(set.value()));
            return value == null ? Change.keep() : Change.set(value);
        }
        return raw instanceof Change.Clear ? Change.clear() : Change.keep();
    }

    /** 9999-12-31T23:59:59Z: later than anyone means, and still a valid timestamp everywhere. */
    private static final long LATEST_EXPIRY = 253_402_300_799L;

    private static ExpiresAt futureExpiry(long seconds, Instant now) {
        if (seconds < 0 || seconds > LATEST_EXPIRY || ExpiresAt.ofEpochSecond(seconds).isReachedAt(now)) {
            throw ShareException.invalidField("expires_at", "must be a Unix time in seconds in the future");
        }
        return ExpiresAt.ofEpochSecond(seconds);
    }
}
