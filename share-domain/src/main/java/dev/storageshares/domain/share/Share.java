package dev.storageshares.domain.share;

import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    private final ShareState state;
    private final ExpiresAt expiresAt;
    private final boolean expiryNotified;
    private final UserId createdBy;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    private Share(ShareId id, ContainerId sourceContainer, SourcePath sourcePath, ShareTarget target, Mode mode,
                  Alias alias, Label label, Description description, boolean enabled, ShareState state,
                  ExpiresAt expiresAt, boolean expiryNotified, UserId createdBy, Instant createdAt, Instant updatedAt,
                  long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.sourceContainer = Objects.requireNonNull(sourceContainer, "sourceContainer");
        this.sourcePath = Objects.requireNonNull(sourcePath, "sourcePath");
        this.target = Objects.requireNonNull(target, "target");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.alias = alias;
        this.label = label;
        this.description = description;
        this.enabled = enabled;
        this.state = Objects.requireNonNull(state, "state");
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
        return open(id, draft, createdBy, now, ShareState.ACTIVE);
    }

    /** A share to a target its creator cannot read: it waits, mounted nowhere, for a receiver's decision. */
    public static Share request(ShareId id, Draft draft, UserId createdBy, Instant now) {
        return open(id, draft, createdBy, now, ShareState.PENDING);
    }

    private static Share open(ShareId id, Draft draft, UserId createdBy, Instant now, ShareState state) {
        if (draft.target() instanceof ShareTarget.ToContainer direct && direct.container().equals(draft.sourceContainer())) {
            throw new ShareException(ErrorCode.SELF_SHARE, "A container cannot share a directory with itself.");
        }
        requireFuture(draft.expiresAt(), now);
        return new Share(id, draft.sourceContainer(), draft.sourcePath(), draft.target(), draft.mode(), draft.alias(),
                draft.label(), draft.description(), draft.enabled(), state, draft.expiresAt(), false, createdBy, now,
                now, 0);
    }

    /** Rebuilds a share exactly as storage holds it. Not for new shares: no creation rule is checked. */
    public static Share reconstitute(ShareId id, ContainerId sourceContainer, SourcePath sourcePath, ShareTarget target,
                                     Mode mode, Alias alias, Label label, Description description, boolean enabled,
                                     ShareStatus status, String statusMessage, ExpiresAt expiresAt,
                                     boolean expiryNotified, UserId createdBy, Instant createdAt, Instant updatedAt,
                                     long version, Decision decision) {
        return new Share(id, sourceContainer, sourcePath, target, mode, alias, label, description, enabled,
                new ShareState(status, statusMessage, decision), expiresAt, expiryNotified, createdBy, createdAt,
                updatedAt, version);
    }

    /** A receiver lets the request take effect: it is active from now on and mounts like any share. */
    public Share approve(UserId by, Instant now) {
        return withState(state.approve(by, now), now);
    }

    /** A receiver turns the request down; it stays, mounted nowhere, until its creator deletes it. */
    public Share reject(UserId by, String reason, Instant now) {
        return withState(state.reject(by, reason, now), now);
    }

    private Share withState(ShareState newState, Instant updated) {
        return new Share(id, sourceContainer, sourcePath, target, mode, alias, label, description, enabled, newState,
                expiresAt, expiryNotified, createdBy, createdAt, updated, version);
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
                change.description().applyTo(description), change.enabled().applyTo(enabled), state, newExpiry,
                Objects.equals(newExpiry, expiresAt) && expiryNotified, createdBy, createdAt, now, version);
        return updated.sameCreatorFieldsAs(this) ? this : updated;
    }

    /** The creator-visible fields that differ from {@code before}, with their new values, wire-named. */
    public Map<String, Object> changesSince(Share before) {
        return CreatorFieldChanges.between(before, this);
    }

    /** Whether receivers' mounts depend on the difference between this share and {@code before}. */
    public boolean affectsMountsComparedTo(Share before) {
        return mode != before.mode || enabled != before.enabled || !Objects.equals(expiresAt, before.expiresAt);
    }

    /** The mount health the reconciler derived; only a share in effect has one. */
    public Share withStatus(ShareStatus health, String message) {
        return withState(state.withHealth(health, message), updatedAt);
    }

    /**
     * This share's creator fields with {@code other}'s status, message and decision: how a store merges
     * a creator's edit and a decision that each read the share before the other was written.
     */
    public Share withStateOf(Share other, Instant updated) {
        return withState(other.state, updated);
    }

    /** The same share as storage holds it after one more successful update. */
    public Share nextVersion() {
        return new Share(id, sourceContainer, sourcePath, target, mode, alias, label, description, enabled, state,
                expiresAt, expiryNotified, createdBy, createdAt, updatedAt, version + 1);
    }

    public Share withExpiryNotified() {
        return new Share(id, sourceContainer, sourcePath, target, mode, alias, label, description, enabled, state,
                expiresAt, true, createdBy, createdAt, updatedAt, version);
    }

    /** Mounted (when switched on) and able to hide a project share; a request is neither until approved. */
    public boolean inEffect() {
        return state.status().inEffect();
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
        return state.status();
    }

    public Optional<String> statusMessage() {
        return Optional.ofNullable(state.message());
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

    /** Who decided this share's request, when and why; empty for a share that never was one, or still is. */
    public Optional<Decision> decision() {
        return Optional.ofNullable(state.decision());
    }

    /** Optimistic-locking counter: storage refuses an update based on an older version. */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Share other && id.equals(other.id) && version == other.version
                && sameCreatorFieldsAs(other) && state.equals(other.state) && expiryNotified == other.expiryNotified
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
