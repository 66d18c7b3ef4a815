package dev.storageshares.application.memory;

import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.ExpiryClaims;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

final class InMemoryExpiryClaims implements ExpiryClaims {
    private final InMemoryData data;

    InMemoryExpiryClaims(InMemoryData data) {
        this.data = data;
    }

    @Override
    public List<Share> claimExpiringSoon(Instant now, Duration notice, int limit) {
        synchronized (data) {
            List<Share> claimed = data.shares.values().stream()
                    .filter(share -> !share.expiryNotified() && !share.isExpiredAt(now)
                            && share.isExpiredAt(now.plus(notice)))
                    .sorted(Comparator.comparing(share -> share.expiresAt().orElseThrow().at()))
                    .limit(limit)
                    .map(Share::withExpiryNotified)
                    .toList();
            for (Share share : claimed) {
                data.shares.put(share.id(), share);
                data.events.add(ShareEvent.of(EventType.EXPIRING, share.id(), ShareEvent.SYSTEM, now,
                        Map.of("expires_at", share.expiresAt().orElseThrow().epochSecond())));
            }
            return claimed;
        }
    }

    @Override
    public List<Share> claimExpired(Instant now, int limit) {
        synchronized (data) {
            List<Share> claimed = data.shares.values().stream()
                    .filter(share -> share.isExpiredAt(now) && !data.expiryAnnounced.contains(share.id()))
                    .sorted(Comparator.comparing(share -> share.expiresAt().orElseThrow().at()))
                    .limit(limit)
                    .toList();
            for (Share share : claimed) {
                data.expiryAnnounced.add(share.id());
                data.events.add(ShareEvent.of(EventType.EXPIRED, share.id(), ShareEvent.SYSTEM, now,
                        Map.of("expires_at", share.expiresAt().orElseThrow().epochSecond())));
            }
            return claimed;
        }
    }
}
