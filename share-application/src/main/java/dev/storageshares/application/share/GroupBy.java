package dev.storageshares.application.share;

import dev.storageshares.domain.ShareException;

/** How an outgoing list may be grouped: only by shared directory. */
final class GroupBy {
    static final String SOURCE_PATH = "source_path";

    private GroupBy() {
    }

    static void require(String groupBy) {
        if (!SOURCE_PATH.equals(groupBy)) {
            throw ShareException.invalidField("group_by", "must be " + SOURCE_PATH);
        }
    }
}
