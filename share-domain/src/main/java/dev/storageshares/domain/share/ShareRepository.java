package dev.storageshares.domain.share;

import java.util.Optional;

/**
 * Where shares are written. Every write records its event in the same atomic step, so the history
 * ({@link ShareHistory}) and the outbox ({@link EventOutbox}) never disagree with the shares
 * themselves. Reading many shares is {@link ShareQueries}; the expiry sweep's claims are
 * {@link ExpiryClaims}.
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
}
