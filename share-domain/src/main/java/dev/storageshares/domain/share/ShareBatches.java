package dev.storageshares.domain.share;

import dev.storageshares.domain.ShareException;
import java.util.List;
import java.util.Optional;

/** Several new shares stored as one: all of them or none. */
public interface ShareBatches {

    /** Why a batch was not stored: the first share the store refused, and the refusal. */
    record Refusal(int index, ShareException reason) {
    }

    /**
     * Stores every share with its {@code created} event (same positions) in one atomic step. When any
     * is refused — {@code SHARE_ALREADY_EXISTS} for the same storage and target already shared (also
     * by an earlier share of the list), not found for a source or target deleted meanwhile — nothing
     * is stored and the first refusal is returned. Racing inserts of the same storage and target
     * still yield exactly one share.
     */
    Optional<Refusal> insertAll(List<Share> shares, List<ShareEvent> created);

    /** Whether the same source container, source path and target are already shared. */
    boolean exists(Share candidate);
}
