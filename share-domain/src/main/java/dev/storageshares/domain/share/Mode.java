package dev.storageshares.domain.share;

import dev.storageshares.domain.ShareException;
import java.util.Arrays;
import java.util.Locale;

public enum Mode {
    READONLY, READWRITE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Mode fromWire(String value) {
        return Arrays.stream(values())
                .filter(mode -> mode.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> ShareException.invalidField("mode", "must be readonly or readwrite"));
    }
}
