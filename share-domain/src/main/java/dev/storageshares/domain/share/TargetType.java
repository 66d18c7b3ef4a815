package dev.storageshares.domain.share;

import dev.storageshares.domain.ShareException;
import java.util.Arrays;
import java.util.Locale;

public enum TargetType {
    CONTAINER, PROJECT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TargetType fromWire(String value) {
        return Arrays.stream(values())
                .filter(type -> type.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> ShareException.invalidField("target_type", "must be container or project"));
    }
}
