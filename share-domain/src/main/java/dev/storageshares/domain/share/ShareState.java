package dev.storageshares.domain.share;

import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a share stands: its status, the message that explains it, and how its request was decided.
 * A request is {@code pending} with no decision; a rejection always carries its decision; a share in
 * effect has one only when it began as a request.
 *
 * @param message null exactly when the share is active
 * @param decision null for a share that never was a request, or still is one
 */
public record ShareState(ShareStatus status, String message, Decision decision) {
    public static final ShareState ACTIVE = new ShareState(ShareStatus.ACTIVE, null, null);
    public static final ShareState PENDING = new ShareState(ShareStatus.PENDING, ShareStatus.AWAITING_APPROVAL, null);

    public ShareState {
        Objects.requireNonNull(status, "status");
        message = status == ShareStatus.ACTIVE ? null : Objects.requireNonNull(message, "message");
        if ((status == ShareStatus.PENDING && decision != null) || (status == ShareStatus.REJECTED && decision == null)) {
            throw new IllegalArgumentException("a " + status.wireName() + " share with decision " + decision);
        }
    }

    ShareState approve(UserId by, Instant now) {
        requirePending();
        return new ShareState(ShareStatus.ACTIVE, null, new Decision(by, now, null));
    }

    ShareState reject(UserId by, String reason, Instant now) {
        requirePending();
        return new ShareState(ShareStatus.REJECTED, reason == null ? ShareStatus.REJECTED_WITHOUT_REASON : reason,
                new Decision(by, now, reason));
    }

    /** The mount health the reconciler derived: only a share in effect has one, and it keeps its decision. */
    ShareState withHealth(ShareStatus health, String healthMessage) {
        if (!status.inEffect() || !health.inEffect()) {
            throw new IllegalStateException("mount health applies to shares in effect, not " + status.wireName());
        }
        return new ShareState(health, healthMessage, decision);
    }

    private void requirePending() {
        if (status != ShareStatus.PENDING) {
            throw new ShareException(ErrorCode.SHARE_NOT_PENDING, "Share request is not pending");
        }
    }
}
