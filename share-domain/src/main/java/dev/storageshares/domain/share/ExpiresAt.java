package dev.storageshares.domain.share;

import dev.storageshares.domain.ShareException;
import java.time.Instant;
import java.util.Objects;

/** The second at which a share stops existing for its receivers. Whole seconds, as on the wire. */
public record ExpiresAt(Instant at) {
    /** 9999-12-31T23:59:59Z: later than anyone means, and still a valid timestamp everywhere. */
    private static final long LATEST = 253_402_300_799L;

    public ExpiresAt {
        Objects.requireNonNull(at, "at");
        at = Instant.ofEpochSecond(at.getEpochSecond());
    }

    public static ExpiresAt ofEpochSecond(long seconds) {
        return new ExpiresAt(Instant.ofEpochSecond(seconds));
    }

    /** An expiry a caller asks for: it must lie in the future of {@code now}. */
    public static ExpiresAt inFuture(long seconds, Instant now) {
        if (seconds < 0 || seconds > LATEST || ofEpochSecond(seconds).isReachedAt(now)) {
            throw ShareException.invalidField("expires_at", "must be a Unix time in seconds in the future");
        }
        return ofEpochSecond(seconds);
    }

    public long epochSecond() {
        return at.getEpochSecond();
    }

    /** Expiry is inclusive: at the very second it names, the share is gone. */
    public boolean isReachedAt(Instant now) {
        return !now.isBefore(at);
    }
}
