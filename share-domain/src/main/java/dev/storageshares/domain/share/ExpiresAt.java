package dev.storageshares.domain.share;

import java.time.Instant;
import java.util.Objects;

/** The second at which a share stops existing for its receivers. Whole seconds, as on the wire. */
public record ExpiresAt(Instant at) {
    public ExpiresAt {
        Objects.requireNonNull(at, "at");
        at = Instant.ofEpochSecond(at.getEpochSecond());
    }

    public static ExpiresAt ofEpochSecond(long seconds) {
        return new ExpiresAt(Instant.ofEpochSecond(seconds));
    }

    public long epochSecond() {
        return at.getEpochSecond();
    }

    /** Expiry is inclusive: at the very second it names, the share is gone. */
    public boolean isReachedAt(Instant now) {
        return !now.isBefore(at);
    }
}
