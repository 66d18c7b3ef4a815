package dev.storageshares.domain.share;

import dev.storageshares.domain.catalog.Container;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What a container receives: every share that reaches it, minus its own, minus expired ones, with a
 * direct share hiding a project share of the same storage. Disabled shares stay listed so the
 * receiver can see them; whether anything is mounted is {@code MountPlan}'s business.
 */
public final class IncomingView {
    /** Newest first, the order of every list. */
    public static final Comparator<Share> NEWEST_FIRST =
            Comparator.comparing(Share::createdAt).thenComparing(share -> share.id().value()).reversed();

    private IncomingView() {
    }

    public static List<Share> of(Container receiver, Collection<Share> candidates, Instant now) {
        List<Share> reaching = candidates.stream()
                .filter(share -> share.reaches(receiver))
                .filter(share -> !share.isExpiredAt(now))
                .toList();
        return reaching.stream()
                .filter(share -> share.target().type() == TargetType.CONTAINER || !hiddenByDirectShare(share, reaching))
                .sorted(NEWEST_FIRST)
                .toList();
    }

    private static boolean hiddenByDirectShare(Share projectShare, List<Share> reaching) {
        return reaching.stream().anyMatch(other -> other.target().type() == TargetType.CONTAINER
                && other.exposesSameStorageAs(projectShare));
    }
}
