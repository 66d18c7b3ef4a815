package dev.storageshares.application.catalog;

/** A catalog entry after an upsert, and whether it was new. */
public record Saved<T>(T entry, boolean created) {
}
