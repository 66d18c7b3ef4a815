package dev.storageshares.domain.mount;

import java.util.Locale;

/** How far the mount driver got with one share on one container. */
public enum MountState {
    APPLIED, PENDING, FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
