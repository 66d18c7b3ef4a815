package dev.storageshares.domain.share;

import dev.storageshares.domain.catalog.Container;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a container receives: every share that reaches it, minus its own, minus expired ones, with a
 * direct share hiding a project share of the same storage. Disabled shares stay listed so the
 * receiver can see them; whether anything is mounted is {@code MountPlan}'s business.
 *
 * <p>This is the original of the rule. The PostgreSQL store restates it in SQL
 * ({@code ShareDao.REACHES_V}) to page the global incoming list in the database;
 * {@code GlobalListRulesContract} checks that the store answers exactly what this class computes.
 *
 * <p>Requests (pending or rejected shares) take no part in the hiding: a pending direct share hides
 * nothing, and a pending project share is listed whatever direct shares exist, so its deciders see it.
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
                .filter(share -> share.target().type() == TargetType.CONTAINER || !share.inEffect()
                        || !hiddenByDirectShare(share, reaching))
                .sorted(NEWEST_FIRST)
                .toList();
    }

    /**
     * Which shares an incoming list shows: those with the status asked for, or, when none is asked
     * for, all but rejected requests (a receiver has nothing left to do with those).
     */
    public static Predicate<Share> listing(ShareStatus asked) {
        return asked == null ? share -> share.status() != ShareStatus.REJECTED : share -> share.status() == asked;
    }

    private static boolean hiddenByDirectShare(Share projectShare, List<Share> reaching) {
        return reaching.stream().anyMatch(other -> other.target().type() == TargetType.CONTAINER
                && other.inEffect() && other.exposesSameStorageAs(projectShare));
    }
}
