package dev.storageshares.domain.share;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        Set<Storage> sharedDirectly = new HashSet<>();
        for (Share share : reaching) {
            if (share.target().type() == TargetType.CONTAINER && share.inEffect()) {
                sharedDirectly.add(Storage.of(share));
            }
        }
        return reaching.stream()
                .filter(share -> share.target().type() == TargetType.CONTAINER || !share.inEffect()
                        || !sharedDirectly.contains(Storage.of(share)))
                .sorted(NEWEST_FIRST)
                .toList();
    }

    /** What {@link Share#exposesSameStorageAs} compares; a set of them makes the hiding one pass, not a pass per share. */
    private record Storage(ContainerId source, SourcePath path) {
        static Storage of(Share share) {
            return new Storage(share.sourceContainer(), share.sourcePath());
        }
    }

    /**
     * Which shares an incoming list shows: those with the status asked for, or, when none is asked
     * for, all but rejected requests (a receiver has nothing left to do with those).
     */
    public static Predicate<Share> listing(ShareStatus asked) {
        return asked == null ? share -> share.status() != ShareStatus.REJECTED : share -> share.status() == asked;
    }
}
