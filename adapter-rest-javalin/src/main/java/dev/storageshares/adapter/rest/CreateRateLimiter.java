package dev.storageshares.adapter.rest;

import dev.storageshares.application.access.Caller;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Share creations per user per minute, as a token bucket per user. Per process: with several servers
 * a user may create up to N times the rate (documented in the README).
 */
final class CreateRateLimiter {
    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    CreateRateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    void check(Caller caller) {
        check(caller, 1);
    }

    /** Takes {@code creations} tokens at once, or none: a batch beyond what is left is refused whole. */
    void check(Caller caller, int creations) {
        if (perMinute == 0 || creations == 0) {
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(caller.user().value(), user -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(creations);
        if (!probe.isConsumed()) {
            // More than a whole minute's tokens can never be had at once; say a minute rather than forever.
            long nanos = Math.min(probe.getNanosToWaitForRefill(), Duration.ofMinutes(1).toNanos());
            long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
            throw new ApiError(429, "RATE_LIMIT_EXCEEDED", "Rate limit exceeded", null,
                    Map.of("Retry-After", Long.toString(seconds)));
        }
    }
}
