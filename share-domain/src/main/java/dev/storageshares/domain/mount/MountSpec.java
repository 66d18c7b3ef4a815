package dev.storageshares.domain.mount;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.share.Mode;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.SourcePath;
import java.util.Objects;

/** One mount a target container should have: this directory of that container, here, this way. */
public record MountSpec(ShareId shareId, Container source, SourcePath sourcePath, String mountPath, Mode mode) {
    public MountSpec {
        Objects.requireNonNull(shareId, "shareId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(mountPath, "mountPath");
        Objects.requireNonNull(mode, "mode");
    }
}
