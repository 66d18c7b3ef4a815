package dev.storageshares.domain.share;

import dev.storageshares.domain.catalog.UserId;
import java.util.Objects;

/**
 * Whose containers a global list may draw from. Readable means: the user owns the container or is a
 * member (any role) of its project — {@code AccessPolicy.canRead}, restated by each store so that
 * global lists scale without loading every container into memory (see {@code GlobalListRulesContract}).
 */
public sealed interface Visibility {

    record Everything() implements Visibility {
    }

    record ReadableBy(UserId user) implements Visibility {
        public ReadableBy {
            Objects.requireNonNull(user, "user");
        }
    }
}
