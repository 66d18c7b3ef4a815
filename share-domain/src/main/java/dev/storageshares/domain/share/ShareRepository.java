package dev.storageshares.domain.share;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.paging.Page;
import dev.storageshares.domain.paging.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where shares live. Every write records its event in the same atomic step, so the history and the
 * outbox never disagree with the shares themselves. Lists are newest first: (created at, id) descending.
 */
public interface ShareRepository {

    /**
     * Stores a new share. Throws {@code SHARE_ALREADY_EXISTS} when the same source container, source
     * path and target are already shared — decided atomically, so racing inserts yield exactly one.
     */
    void insert(Share share, ShareEvent created);

    /**
     * Stores the creator-editable fields of {@code share} (mode, alias, label, description, enabled,
     * expiry, expiry notice flag, updated at) if storage still holds {@code share.version()}; status is
     * untouched. Throws {@code CONCURRENT_MODIFICATION} when another write came first and
     * {@code RESOURCE_NOT_FOUND} when the share is gone.
     *
     * @return the share as now stored (its version advanced)
     */
    Share update(Share share, ShareEvent updated);

    /**
     * Sets status and message unless they already are so. The event is recorded only when the status
     * itself changes (a failed share whose reason changes stays failed: no news).
     *
     * @return whether anything changed
     */
    boolean changeStatus(ShareId id, ShareStatus status, String message, ShareEvent event);

    /**
     * Records the decision on a share request: stores {@code decided}'s status, message, decision and
     * updated at if storage still holds the share pending. Throws {@code SHARE_NOT_PENDING} when it was
     * decided meanwhile and {@code RESOURCE_NOT_FOUND} when it is gone, so racing deciders get one winner.
     *
     * @return the share as now stored
     */
    Share decide(Share decided, ShareEvent event);

    /** Deletes the share and every receiver override of it. @return whether it existed */
    boolean delete(ShareId id, ShareEvent deleted);

    Optional<Share> findById(ShareId id);

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

    /** The unexpired pending shares in {@code scope}. */
    Page<Share> listRequests(RequestScope scope, Instant now, PageRequest page);

    /** Shares whose source, or whose direct target, is {@code container}: they die with it. */
    List<Share> bySourceOrDirectTarget(ContainerId container);

    /** Shares targeting the project: they die with it. */
    List<Share> targetingProject(ProjectId project);

    /**
     * Atomically claims up to {@code limit} unexpired shares that expire within {@code notice} of
     * {@code now} and have not been notified: marks them notified and records one
     * {@code share.expiring} event each. Concurrent callers never claim the same share.
     */
    List<Share> claimExpiringSoon(Instant now, Duration notice, int limit);

    /**
     * Atomically claims up to {@code limit} expired shares whose expiry has not been announced yet and
     * records one {@code share.expired} event each. Concurrent callers never claim the same share.
     */
    List<Share> claimExpired(Instant now, int limit);

    /** The recorded events of one share, newest first. */
    Page<ShareEvent> history(ShareId id, PageRequest page);
}
