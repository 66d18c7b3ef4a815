package dev.storageshares.application.share;

import dev.storageshares.application.access.Caller;
import jakarta.validation.Valid;
import java.util.Objects;

/** @param sourceContainerId as it appeared in the request path */
public record CreateShareCommand(Caller caller, String sourceContainerId, @Valid NewShareInput input) {
    public CreateShareCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(input, "input");
    }
}
