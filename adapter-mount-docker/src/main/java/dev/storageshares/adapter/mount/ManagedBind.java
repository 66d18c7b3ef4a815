package dev.storageshares.adapter.mount;

import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.PropagationMode;
import com.github.dockerjava.api.model.SELContext;
import com.github.dockerjava.api.model.Volume;
import dev.storageshares.domain.share.Share;

/**
 * A bind the driver owns: /mnt/shares itself (the live mode's propagation mount) and everything
 * under it are ours, everything else is the container's own and is never touched.
 */
record ManagedBind(String hostPath, String mountPath, boolean readOnly, boolean receivesMounts) {
    static final String SHARES_DIR = Share.MOUNT_ROOT.substring(0, Share.MOUNT_ROOT.length() - 1);

    /** A share bound directly (recreate mode). */
    static ManagedBind share(String hostPath, String mountPath, boolean readOnly) {
        return new ManagedBind(hostPath, mountPath, readOnly, false);
    }

    /** The live mode's one bind per target: mounts made later under {@code hostPath} appear inside. */
    static ManagedBind propagationRoot(String hostPath) {
        return new ManagedBind(hostPath, SHARES_DIR, false, true);
    }

    static boolean isManaged(Bind bind) {
        return bind.getVolume() != null && isManaged(bind.getVolume().getPath());
    }

    static boolean isManaged(String destination) {
        return destination.equals(SHARES_DIR) || destination.startsWith(Share.MOUNT_ROOT);
    }

    static ManagedBind of(Bind bind) {
        PropagationMode propagation = bind.getPropagationMode();
        return new ManagedBind(bind.getPath(), bind.getVolume().getPath(), bind.getAccessMode() == AccessMode.ro,
                propagation == PropagationMode.SLAVE || propagation == PropagationMode.RSLAVE
                        || propagation == PropagationMode.SHARED || propagation == PropagationMode.RSHARED);
    }

    Bind toBind() {
        return new Bind(hostPath, new Volume(mountPath), readOnly ? AccessMode.ro : AccessMode.rw, SELContext.DEFAULT,
                null, receivesMounts ? PropagationMode.RSLAVE : PropagationMode.DEFAULT_MODE);
    }

    /** For the label that lists the driver's binds for people reading {@code docker inspect}. */
    String describe() {
        return mountPath + (readOnly ? ":ro" : ":rw") + (receivesMounts ? ":rslave" : "");
    }
}
