package dev.storageshares.domain.share;

import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.paging.PageRequest;

/**
 * The recorded events of a share, read back. They are written by {@link ShareRepository},
 * {@link ExpiryClaims} and the mount overrides in the same step as the change they describe, and
 * outlive the share itself.
 */
public interface ShareHistory {

    /** The recorded events of one share, newest first. */
    Page<ShareEvent> history(ShareId id, PageRequest page);
}
