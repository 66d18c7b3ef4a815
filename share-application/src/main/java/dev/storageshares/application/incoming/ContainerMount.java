package dev.storageshares.application.incoming;

import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.share.Share;

/** A share that should be mounted in a container, and how far the driver got with it. */
public record ContainerMount(Share share, MountOutcome outcome) {
}
