package dev.storageshares.domain.share;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.paging.PageRequest;

/**
 * Outgoing shares grouped by the directory they share (source container and source path). Groups
 * come newest first by their newest share passing the filter, shares inside a group newest first;
 * a page holds up to {@code limit} groups, each with every share of it that passes the filter, and
 * its cursor is the last group's newest share.
 */
public interface ShareGroups {

    /** The groups of {@code source}; the filter's realm is that of the source container. */
    Page<ShareGroup> groupsBySource(ContainerId source, ShareFilter filter, PageRequest page);

    /** The groups of every visible source container, optionally in one realm. */
    Page<ShareGroup> groupsVisible(Visibility visibility, ShareFilter filter, PageRequest page);
}
