package dev.storageshares.domain.share;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.paging.Cursor;
import java.util.List;
import java.util.Objects;

/**
 * One shared directory and its shares, newest first. A group's place in a list is its newest share,
 * so its cursor is that share's.
 */
public record ShareGroup(ContainerId sourceContainer, SourcePath sourcePath, List<Share> shares) {
    public ShareGroup {
        Objects.requireNonNull(sourceContainer, "sourceContainer");
        Objects.requireNonNull(sourcePath, "sourcePath");
        shares = List.copyOf(shares);
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("a group has at least one share");
        }
        for (Share share : shares) {
            if (!share.sourceContainer().equals(sourceContainer) || !share.sourcePath().equals(sourcePath)) {
                throw new IllegalArgumentException(share + " is not of " + sourceContainer + ":" + sourcePath);
            }
        }
    }

    public Share newest() {
        return shares.get(0);
    }

    public Cursor cursor() {
        return new Cursor(newest().createdAt(), newest().id().value());
    }
}
