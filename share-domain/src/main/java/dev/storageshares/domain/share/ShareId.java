package dev.storageshares.domain.share;

import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.TimeOrderedId;
import java.time.Instant;
import java.util.Optional;

/** 24 lowercase hex characters, globally unique, roughly ordered by creation time. */
public record ShareId(String value) {
    public ShareId {
        if (!TimeOrderedId.isWellFormed(value)) {
            throw ShareException.invalidField("share_id", "must be 24 lowercase hex characters");
        }
    }

    public static ShareId generate(Instant now) {
        return new ShareId(TimeOrderedId.next(now));
    }

    /** For ids taken from a URL: a malformed one names no share, so it is simply absent. */
    public static Optional<ShareId> parse(String value) {
        return TimeOrderedId.isWellFormed(value) ? Optional.of(new ShareId(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
