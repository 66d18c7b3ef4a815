package dev.storageshares.domain.mount;

import java.util.Objects;

/** What the driver reported for one share on one container; {@code message} explains a failure. */
public record MountOutcome(MountState state, String message) {
    public MountOutcome {
        Objects.requireNonNull(state, "state");
        if (state == MountState.FAILED) {
            Objects.requireNonNull(message, "a failure needs a message");
        }
    }

    public static MountOutcome applied() {
        return new MountOutcome(MountState.APPLIED, null);
    }

    public static MountOutcome pending() {
        return new MountOutcome(MountState.PENDING, null);
    }

    public static MountOutcome failed(String message) {
        return new MountOutcome(MountState.FAILED, message);
    }
}
