package dev.storageshares.adapter.mount;

import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Volume;
import dev.storageshares.domain.share.Share;

/**
 * A bind the driver owns: everything mounted under /mnt/shares/ is ours, everything else is the
 * container's own and is never touched.
 */
record ManagedBind(String hostPath, String mountPath, boolean readOnly) {

    static boolean isManaged(Bind bind) {
        return bind.getVolume() != null && bind.getVolume().getPath().startsWith(Share.MOUNT_ROOT);
    }

    static ManagedBind of(Bind bind) {
        return new ManagedBind(bind.getPath(), bind.getVolume().getPath(), bind.getAccessMode() == AccessMode.ro);
    }

    Bind toBind() {
        return new Bind(hostPath, new Volume(mountPath), readOnly ? AccessMode.ro : AccessMode.rw);
    }
}
