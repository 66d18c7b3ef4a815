package dev.storageshares.domain.share;

import dev.storageshares.domain.ShareException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where a share stands. A share in effect is {@code active} or {@code failed} (whether every target
 * that should have it mounted has it); a share request is {@code pending} until a receiver decides,
 * then in effect or {@code rejected}.
 */
public enum ShareStatus {
    ACTIVE, FAILED, PENDING, REJECTED;

    public static final String AWAITING_APPROVAL = "Awaiting approval";
    public static final String REJECTED_WITHOUT_REASON = "Rejected";

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the share is mounted and takes part in deduplication: it is not (or no longer) a request. */
    public boolean inEffect() {
        return this == ACTIVE || this == FAILED;
    }

    public static ShareStatus fromWire(String value) {
        return Arrays.stream(values())
                .filter(status -> status.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> ShareException.invalidField("status", "must be active, failed, pending or rejected"));
    }
}
