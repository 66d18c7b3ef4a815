package dev.storageshares.domain.share;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.paging.PageRequest;
import java.time.Instant;
import java.util.List;

/**
 * Reading many shares at once: the outgoing and incoming lists and the look-ups a catalog deletion
 * cascades through. Lists are newest first: (created at, id) descending.
 */
public interface ShareQueries {

    /** Shares whose source is {@code source}; the filter's realm is that of the source container. */
    Page<Share> listBySource(ContainerId source, ShareFilter filter, PageRequest page);

    /** Shares whose source container is visible, optionally in one realm, expired ones per the filter. */
    Page<Share> listVisible(Visibility visibility, ShareFilter filter, PageRequest page);

    /** Every unexpired share that targets {@code receiver} directly or through its project. */
    List<Share> incomingCandidates(Container receiver, Instant now);

    /**
     * The union of the incoming views of every visible container (in {@code realm} when given), each
     * share once, as {@link IncomingView#listing} lists them for {@code status} (null: all but rejected).
     */
    Page<Share> listIncomingVisible(Visibility visibility, RealmId realm, ShareStatus status, Instant now,
                                    PageRequest page);

    /** The unexpired pending shares in {@code scope}: the share requests someone may decide. */
    Page<Share> listRequests(RequestScope scope, Instant now, PageRequest page);

    /** Shares whose source, or whose direct target, is {@code container}: they die with it. */
    List<Share> bySourceOrDirectTarget(ContainerId container);

    /** Shares targeting the project: they die with it. */
    List<Share> targetingProject(ProjectId project);
}
