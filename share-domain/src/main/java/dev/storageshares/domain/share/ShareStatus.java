package dev.storageshares.domain.share;

import dev.storageshares.domain.ShareException;
import java.util.Arrays;
import java.util.Locale;

/** Whether every target that should have the share mounted has it. */
public enum ShareStatus {
    ACTIVE, FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ShareStatus fromWire(String value) {
        return Arrays.stream(values())
                .filter(status -> status.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> ShareException.invalidField("status", "must be active or failed"));
    }
}
