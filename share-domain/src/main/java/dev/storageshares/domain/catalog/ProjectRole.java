package dev.storageshares.domain.catalog;

import dev.storageshares.domain.ShareException;
import java.util.Arrays;
import java.util.Locale;

public enum ProjectRole {
    OWNER, ADMIN, MEMBER, VIEWER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean canWrite() {
        return this != VIEWER;
    }

    /** Owners and admins decide share requests addressed to the whole project. */
    public boolean canDecideProjectRequests() {
        return this == OWNER || this == ADMIN;
    }

    public static ProjectRole fromWire(String value) {
        return Arrays.stream(values())
                .filter(role -> role.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> ShareException.invalidField("role", "must be one of owner, admin, member, viewer"));
    }
}
