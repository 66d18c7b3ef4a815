package dev.storageshares.application.incoming;

import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountOutcome;

/** One container whose mount configuration lists a share, and how far the driver got with it there. */
public record ShareMount(ContainerId container, MountOutcome outcome) {
}
