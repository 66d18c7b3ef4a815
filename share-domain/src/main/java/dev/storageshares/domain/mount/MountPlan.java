package dev.storageshares.domain.mount;

import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareId;
import java.util.List;
import java.util.Map;

/**
 * What a container should have mounted: its incoming view, restricted to shares in effect (never a
 * pending or rejected request) that the creator left enabled and the receiver did not switch off.
 */
public final class MountPlan {

    private MountPlan() {
    }

    /**
     * @param incoming  the container's {@code IncomingView}
     * @param overrides the receiver's switches; a missing entry means mounted
     */
    public static List<Share> of(List<Share> incoming, Map<ShareId, Boolean> overrides) {
        return incoming.stream()
                .filter(Share::inEffect)
                .filter(Share::enabled)
                .filter(share -> overrides.getOrDefault(share.id(), true))
                .toList();
    }
}
