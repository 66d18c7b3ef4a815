package dev.storageshares.domain.catalog;

import dev.storageshares.domain.Characters;
import dev.storageshares.domain.ShareException;
import java.util.Objects;

/**
 * A container the platform told us about. {@code runtimeRef} is its name or id in the mount
 * driver (Docker), kept apart from our id so the platform may recreate it under a new name.
 */
public record Container(ContainerId id, RealmId realm, ProjectId project, UserId owner, String name, String runtimeRef) {
    private static final int MAX_RUNTIME_REF_LENGTH = 255;

    public Container {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(owner, "owner");
        name = CatalogNames.requireValid(name);
        requireValidRuntimeRef(runtimeRef);
    }

    public static String requireValidRuntimeRef(String runtimeRef) {
        if (runtimeRef == null || runtimeRef.isBlank() || runtimeRef.length() > MAX_RUNTIME_REF_LENGTH
                || !Characters.isAsciiLetterOrDigit(runtimeRef.charAt(0))
                || !Characters.isAlphanumericOr(runtimeRef, "_.-")) {
            throw ShareException.invalidField("runtime_ref", "must be a Docker container name or id");
        }
        return runtimeRef;
    }
}
