package dev.storageshares.domain.share;

import dev.storageshares.domain.catalog.UserId;
import java.util.Objects;

/**
 * Whose share requests a list may show. A user decides a request to a container they can write (its
 * owner, or a member of its project who is not a viewer) or to a project in which they are owner or
 * admin. Stores evaluate it themselves so that the list scales like the other global lists.
 */
public sealed interface RequestScope {

    record Everything() implements RequestScope {
    }

    record DecidableBy(UserId user) implements RequestScope {
        public DecidableBy {
            Objects.requireNonNull(user, "user");
        }
    }
}
