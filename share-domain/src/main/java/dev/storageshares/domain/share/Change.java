package dev.storageshares.domain.share;

import java.util.Objects;

/**
 * One field of a partial update: leave it, set it, or clear it. PATCH needs all three, and
 * {@code Optional} can only say two.
 */
public sealed interface Change<T> {

    @SuppressWarnings("unchecked")
    static <T> Change<T> keep() {
        return (Change<T>) Keep.INSTANCE;
    }

    static <T> Change<T> set(T value) {
        return new Set<>(value);
    }

    @SuppressWarnings("unchecked")
    static <T> Change<T> clear() {
        return (Change<T>) Clear.INSTANCE;
    }

    /** The value after applying this change to {@code current} (null meaning "none"). */
    T applyTo(T current);

    final class Keep<T> implements Change<T> {
        private static final Keep<Object> INSTANCE = new Keep<>();

        private Keep() {
        }

        @Override
        public T applyTo(T current) {
            return current;
        }
    }

    record Set<T>(T value) implements Change<T> {
        public Set {
            Objects.requireNonNull(value, "value; use Change.clear() to remove");
        }

        @Override
        public T applyTo(T current) {
            return value;
        }
    }

    final class Clear<T> implements Change<T> {
        private static final Clear<Object> INSTANCE = new Clear<>();

        private Clear() {
        }

        @Override
        public T applyTo(T current) {
            return null;
        }
    }
}
