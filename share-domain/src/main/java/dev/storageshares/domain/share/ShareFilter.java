package dev.storageshares.domain.share;

import dev.storageshares.domain.catalog.RealmId;
import java.time.Instant;

/**
 * The optional narrowing of an outgoing list; null fields do not filter.
 *
 * @param realm of the source container
 * @param now   expired shares are left out unless {@code includeExpired}
 */
public record ShareFilter(TargetType targetType, Label label, ShareStatus status, Boolean enabled,
                          boolean includeExpired, RealmId realm, Instant now) {

    public static ShareFilter none(Instant now) {
        return new ShareFilter(null, null, null, null, false, null, now);
    }

    public boolean matches(Share share) {
        return (targetType == null || share.target().type() == targetType)
                && (label == null || share.label().filter(label::equals).isPresent())
                && (status == null || share.status() == status)
                && (enabled == null || share.enabled() == enabled)
                && (includeExpired || !share.isExpiredAt(now));
    }
}
