package dev.storageshares.domain.share;

import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A directory of one container made visible to another container or to a project. Immutable:
 * every change returns a new share, so a use case can compare before and after.
 *
 * <p>Two doors: {@link #create} checks every creation rule; {@link #reconstitute} trusts storage.
 */
public final class Share {
    public static final String MOUNT_ROOT = "/mnt/shares/";

    private final ShareId id;
    private final ContainerId sourceContainer;
    private final SourcePath sourcePath;
    private final ShareTarget target;
    private final Mode mode;
    private final Alias alias;
    private final Label label;
    private final Description description;
    private final boolean enabled;
    private final ShareStatus status;
    private final String statusMessage;
    private final ExpiresAt expiresAt;
    private final boolean expiryNotified;
    private final UserId createdBy;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    private Share(ShareId id, ContainerId sourceContainer, SourcePath sourcePath, ShareTarget target, Mode mode,
                  Alias alias, Label label, Description description, boolean enabled, ShareStatus status,
                  String statusMessage, ExpiresAt expiresAt, boolean expiryNotified, UserId createdBy,
                  Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.sourceContainer = Objects.requireNonNull(sourceContainer, "sourceContainer");
        this.sourcePath = Objects.requireNonNull(sourcePath, "sourcePath");
        this.target = Objects.requireNonNull(target, "target");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.alias = alias;
        this.label = label;
        this.description = description;
        this.enabled = enabled;
        this.status = Objects.requireNonNull(status, "status");
        this.statusMessage = status == ShareStatus.FAILED ? Objects.requireNonNull(statusMessage, "statusMessage") : null;
        this.expiresAt = expiresAt;
        this.expiryNotified = expiryNotified;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = millis(Objects.requireNonNull(createdAt, "createdAt"));
        this.updatedAt = millis(Objects.requireNonNull(updatedAt, "updatedAt"));
        this.version = version;
    }

    /** Everything a creator chooses when sharing; the rest (status, timestamps) the share decides. */
    public record Draft(ContainerId sourceContainer, SourcePath sourcePath, ShareTarget target, Mode mode,
                        Alias alias, Label label, Description description, boolean enabled, ExpiresAt expiresAt) {
        public Draft {
            Objects.requireNonNull(sourceContainer, "sourceContainer");
            Objects.requireNonNull(sourcePath, "sourcePath");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(mode, "mode");
        }
    }

    public static Share create(ShareId id, Draft draft, UserId createdBy, Instant now) {
        if (draft.target() instanceof ShareTarget.ToContainer direct && direct.container().equals(draft.sourceContainer())) {
            throw new ShareException(ErrorCode.SELF_SHARE, "A container cannot share a directory with itself.");
        }
        requireFuture(draft.expiresAt(), now);
        return new Share(id, draft.sourceContainer(), draft.sourcePath(), draft.target(), draft.mode(), draft.alias(),
                draft.label(), draft.description(), draft.enabled(), ShareStatus.ACTIVE, null, draft.expiresAt(), false,
                createdBy, now, now, 0);
    }

    /** Rebuilds a share exactly as storage holds it. Not for new shares: no creation rule is checked. */
    public static Share reconstitute(ShareId id, ContainerId sourceContainer, SourcePath sourcePath, ShareTarget target,
                                     Mode mode, Alias alias, Label label, Description description, boolean enabled,
                                     ShareStatus status, String statusMessage, ExpiresAt expiresAt,
                                     boolean expiryNotified, UserId createdBy, Instant createdAt, Instant updatedAt,
                                     long version) {
        return new Share(id, sourceContainer, sourcePath, target, mode, alias, label, description, enabled, status,
                statusMessage, expiresAt, expiryNotified, createdBy, createdAt, updatedAt, version);
    }

    /**
     * Applies a creator's changes. Returns this very share when nothing differs, so an empty patch
     * leaves {@code updatedAt} alone. A new expiry re-arms the expiring-soon notice.
     */
    public Share update(ShareUpdate change, Instant now) {
        ExpiresAt newExpiry = change.expiresAt().applyTo(expiresAt);
        if (!Objects.equals(newExpiry, expiresAt)) {
            requireFuture(newExpiry, now);
        }
        Share updated = new Share(id, sourceContainer, sourcePath, target, change.mode().applyTo(mode),
                change.alias().applyTo(alias), change.label().applyTo(label),
                change.description().applyTo(description), change.enabled().applyTo(enabled), status, statusMessage,
                newExpiry, Objects.equals(newExpiry, expiresAt) && expiryNotified, createdBy, createdAt, now, version);
        return updated.sameCreatorFieldsAs(this) ? this : updated;
    }

    /** The creator-visible fields that differ from {@code before}, with their new values, wire-named. */
    public Map<String, Object> changesSince(Share before) {
        Map<String, Object> changes = new LinkedHashMap<>();
        putIfChanged(changes, "mode", before.mode.wireName(), mode.wireName());
        putIfChanged(changes, "alias", text(before.alias), text(alias));
        putIfChanged(changes, "label", text(before.label), text(label));
        putIfChanged(changes, "description", text(before.description), text(description));
        putIfChanged(changes, "enabled", before.enabled, enabled);
        putIfChanged(changes, "expires_at", epoch(before.expiresAt), epoch(expiresAt));
        return changes;
    }

    /** Whether receivers' mounts depend on the difference between this share and {@code before}. */
    public boolean affectsMountsComparedTo(Share before) {
        return mode != before.mode || enabled != before.enabled || !Objects.equals(expiresAt, before.expiresAt);
    }

    public Share withStatus(ShareStatus newStatus, String message) {
        return new Share(id, sourceContainer, sourcePath, target, mode, alias, label, description, enabled, newStatus,
                message, expiresAt, expiryNotified, createdBy, createdAt, updatedAt, version);
    }

    /** The same share as storage holds it after one more successful update. */
    public Share nextVersion() {
        return new Share(id, sourceContainer, sourcePath, target, mode, alias, label, description, enabled, status,
                statusMessage, expiresAt, expiryNotified, createdBy, createdAt, updatedAt, version + 1);
    }

    public Share withExpiryNotified() {
        return new Share(id, sourceContainer, sourcePath, target, mode, alias, label, description, enabled, status,
                statusMessage, expiresAt, true, createdBy, createdAt, updatedAt, version);
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && expiresAt.isReachedAt(now);
    }

    /** Whether this share lands in {@code receiver} (ignoring expiry and switches). */
    public boolean reaches(Container receiver) {
        return target.reaches(receiver, sourceContainer);
    }

    /** Two shares expose the same storage when they share the same directory of the same container. */
    public boolean exposesSameStorageAs(Share other) {
        return sourceContainer.equals(other.sourceContainer) && sourcePath.equals(other.sourcePath);
    }

    /** Where the share appears inside every target: decided here, never by the caller. */
    public String mountPath() {
        return MOUNT_ROOT + id.value();
    }

    private boolean sameCreatorFieldsAs(Share other) {
        return mode == other.mode && Objects.equals(alias, other.alias) && Objects.equals(label, other.label)
                && Objects.equals(description, other.description) && enabled == other.enabled
                && Objects.equals(expiresAt, other.expiresAt);
    }

    private static void requireFuture(ExpiresAt expiresAt, Instant now) {
        if (expiresAt != null && expiresAt.isReachedAt(now)) {
            throw ShareException.invalidField("expires_at", "must be in the future");
        }
    }

    private static void putIfChanged(Map<String, Object> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, after);
        }
    }

    private static String text(Object valueObject) {
        return valueObject == null ? null : valueObject.toString();
    }

    private static Long epoch(ExpiresAt expiresAt) {
        return expiresAt == null ? null : expiresAt.epochSecond();
    }

    /** Storage and the wire keep milliseconds; keeping the same precision here makes round trips exact. */
    private static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    public ShareId id() {
        return id;
    }

    public ContainerId sourceContainer() {
        return sourceContainer;
    }

    public SourcePath sourcePath() {
        return sourcePath;
    }

    public ShareTarget target() {
        return target;
    }

    public Mode mode() {
        return mode;
    }

    public Optional<Alias> alias() {
        return Optional.ofNullable(alias);
    }

    public Optional<Label> label() {
        return Optional.ofNullable(label);
    }

    public Optional<Description> description() {
        return Optional.ofNullable(description);
    }

    public boolean enabled() {
        return enabled;
    }

    public ShareStatus status() {
        return status;
    }

    public Optional<String> statusMessage() {
        return Optional.ofNullable(statusMessage);
    }

    public Optional<ExpiresAt> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public boolean expiryNotified() {
        return expiryNotified;
    }

    public UserId createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Optimistic-locking counter: storage refuses an update based on an older version. */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Share other && id.equals(other.id) && version == other.version
                && sameCreatorFieldsAs(other) && status == other.status
                && Objects.equals(statusMessage, other.statusMessage) && expiryNotified == other.expiryNotified
                && updatedAt.equals(other.updatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Share[" + id + " " + sourceContainer + ":" + sourcePath + " -> " + target.type().wireName() + ":"
                + target.id() + " " + mode.wireName() + "]";
    }
}
