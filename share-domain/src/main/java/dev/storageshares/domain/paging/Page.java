package dev.storageshares.domain.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a newest-first list; {@code next} is absent on the last page. */
public record Page<T>(List<T> items, Optional<Cursor> next) {
    public Page {
        items = List.copyOf(items);
    }

    /**
     * Cuts a page out of items already sorted newest first and already past the cursor. Fetching
     * {@code limit + 1} rows tells whether a next page exists without a second query.
     */
    public static <T> Page<T> of(List<T> sortedPlusOne, int limit, Function<T, Cursor> keyOf) {
        if (sortedPlusOne.size() <= limit) {
            return new Page<>(sortedPlusOne, Optional.empty());
        }
        List<T> items = sortedPlusOne.subList(0, limit);
        return new Page<>(items, Optional.of(keyOf.apply(items.get(limit - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
