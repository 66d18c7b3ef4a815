package dev.storageshares.domain.mount;

import dev.storageshares.domain.catalog.ContainerId;
import java.time.Instant;
import java.util.Optional;

/**
 * The receiving side of one container in one read, for the views a platform asks for most (what a
 * container receives, what is mounted in it). A store answers it in a single round trip; it decides
 * nothing: access and the incoming view's rules stay with the caller.
 */
public interface Receivers {

    /** The container as a receiver at {@code now}; empty when no such container exists. */
    Optional<Receiver> find(ContainerId container, Instant now);
}
