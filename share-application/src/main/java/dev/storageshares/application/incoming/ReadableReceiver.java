package dev.storageshares.application.incoming;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.Receiver;
import dev.storageshares.domain.mount.Receivers;
import java.time.Instant;

/**
 * A container's receiving side, read in one round trip, then judged by the access policy: one the
 * caller may not read answers exactly like one that does not exist, as everywhere else.
 */
final class ReadableReceiver {

    private ReadableReceiver() {
    }

    static Receiver of(Receivers receivers, AccessPolicy policy, Caller caller, String containerId, Instant now) {
        return ContainerId.parse(containerId)
                .flatMap(id -> receivers.find(id, now))
                .filter(receiver -> policy.canRead(caller, receiver.container(), receiver.project()))
                .orElseThrow(ShareException::containerNotFound);
    }
}
