package dev.storageshares.domain.share;

import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How a share request was decided: who approved or rejected it, when, and (for a rejection) why.
 *
 * @param reason null for an approval or a rejection without a reason
 */
public record Decision(UserId by, Instant at, String reason) {
    public static final int MAX_REASON_LENGTH = 500;

    public Decision {
        Objects.requireNonNull(by, "by");
        // Storage and the wire keep milliseconds; the same precision here makes round trips exact.
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
        if (reason != null) {
            requireValidReason(reason);
        }
    }

    /** A reason as a decider gave it: null or blank is none at all. */
    public static String reasonOf(String raw) {
        return raw == null || raw.isBlank() ? null : requireValidReason(raw);
    }

    private static String requireValidReason(String reason) {
        if (reason.length() > MAX_REASON_LENGTH || reason.indexOf('\0') >= 0) {
            throw ShareException.invalidField("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
        }
        return reason;
    }
}
