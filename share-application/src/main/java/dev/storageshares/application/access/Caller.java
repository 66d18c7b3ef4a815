package dev.storageshares.application.access;

import dev.storageshares.domain.catalog.UserId;
import dev.storageshares.domain.share.RequestScope;
import dev.storageshares.domain.share.Visibility;
import java.util.Objects;
import java.util.Set;

/** Who is asking: a user and the platform roles their token carries. */
public record Caller(UserId user, Set<String> roles) {
    public static final String ADMIN_ROLE = "admin";

    public Caller {
        Objects.requireNonNull(user, "user");
        roles = Set.copyOf(roles);
    }

    public static Caller user(String id) {
        return new Caller(new UserId(id), Set.of());
    }

    public static Caller admin(String id) {
        return new Caller(new UserId(id), Set.of(ADMIN_ROLE));
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN_ROLE);
    }

    /** The share requests this caller may decide. */
    public RequestScope requestScope() {
        return isAdmin() ? new RequestScope.Everything() : new RequestScope.DecidableBy(user);
    }

    /** The containers a global list may draw from for this caller. */
    public Visibility visibility() {
        return isAdmin() ? new Visibility.Everything() : new Visibility.ReadableBy(user);
    }
}
