package dev.storageshares.adapter.mount;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link HostMounts} through the {@code mount(2)} and {@code umount2(2)} system calls (via JNA),
 * for a server in the host's mount namespace. Starting a {@code mount} process costs milliseconds
 * on an idle host and hundreds of them on a busy one; a system call costs microseconds, so a share
 * becomes visible as soon as the reconcile reaches it.
 */
final class KernelMounts implements HostMounts {
    private static final long MS_RDONLY = 1;
    private static final long MS_REMOUNT = 32;
    private static final long MS_BIND = 4096;
    private static final long MS_REC = 16384;
    private static final long MS_SHARED = 1 << 20;
    private static final int MNT_DETACH = 2;

    /** The two calls of the C library we need; JNA throws LastErrorException with errno when one fails. */
    private interface LibC extends Library {
        int mount(String source, String target, String type, long flags, Pointer data) throws LastErrorException;

        int umount2(String target, int flags) throws LastErrorException;
    }

    private final String root;
    private final HostView view;
    private final LibC libc = Native.load("c", LibC.class);

    KernelMounts(String root, HostView view) {
        this.root = root;
        this.view = view;
    }

    /** Under a lock file: several servers (or threads) may find the root unmounted at once after a reboot. */
    @Override
    public synchronized void prepareRoot(String targetId) {
        try {
            Files.createDirectories(Path.of(root, "targets", targetId));
            Files.createDirectories(Path.of(root, "staging"));
            try (FileChannel lockFile = FileChannel.open(Path.of(root, ".root.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
                if (view.rootState(root).equals("absent")) {
                    call(() -> libc.mount(root, root, null, MS_BIND, null), "cannot make " + root + " a mount point");
                }
                call(() -> libc.mount("none", root, null, MS_REC | MS_SHARED, null),
                        "cannot make " + root + " a shared mount");
            }
        } catch (IOException e) {
            throw new HostMountException("cannot create " + root + "/targets/" + targetId + ": " + e.getMessage());
        }
    }

    @Override
    public Map<String, String> change(String targetId, Set<String> unwanted, List<Wanted> mount, Set<String> mounted) {
        Path dir = Path.of(root, "targets", targetId);
        for (String name : unwanted) {
            detach(dir.resolve(name));
            removeDirectory(dir.resolve(name));
        }
        Map<String, String> failures = new HashMap<>();
        for (Wanted share : mount) {
            Path target = dir.resolve(share.shareId());
            if (mounted.contains(share.shareId())) {
                detach(target);
            }
            if (!Files.isDirectory(Path.of(share.hostSource()))) {
                failures.put(share.shareId(), "the source directory " + share.hostSource() + " does not exist on the host");
                continue;
            }
            try {
                Files.createDirectories(target);
                mount(share, target.toString(), Path.of(root, "staging", targetId + "." + share.shareId()));
            } catch (IOException | HostMountException e) {
                failures.put(share.shareId(), "mount failed: " + e.getMessage());
            }
        }
        return failures;
    }

    @Override
    public void release(String targetId, Set<String> mounted) {
        change(targetId, mounted, List.of(), Set.of());
        removeDirectory(Path.of(root, "targets", targetId));
    }

    /**
     * A read-only share is bound to a staging point and made read-only there before it is bound into
     * the target's tree: remounting a propagated bind read-only would not reach the container.
     */
    private void mount(Wanted share, String target, Path staging) throws IOException {
        if (!share.readOnly()) {
            call(() -> libc.mount(share.hostSource(), target, null, MS_BIND, null), "bind " + share.hostSource());
            return;
        }
        String stage = Files.createDirectories(staging).toString();
        try {
            call(() -> libc.mount(share.hostSource(), stage, null, MS_BIND, null), "bind " + share.hostSource());
            call(() -> libc.mount("none", stage, null, MS_REMOUNT | MS_BIND | MS_RDONLY, null), "make it read-only");
            call(() -> libc.mount(stage, target, null, MS_BIND, null), "bind the read-only mount");
        } finally {
            detach(staging);
            removeDirectory(staging);
        }
    }

    /** Unmounts everything stacked on the path, lazily: a process using it does not hold us up. */
    private void detach(Path path) {
        try {
            while (true) {
                libc.umount2(path.toString(), MNT_DETACH);
            }
        } catch (LastErrorException notMounted) {
            // EINVAL: nothing (more) mounted there; ENOENT: no such path
        }
    }

    private static void removeDirectory(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException notEmptyOrBusy) {
            // something else lives there (not ours to empty), or it is still busy: left as it is
        }
    }

    private interface Call {
        int run();
    }

    private static void call(Call call, String what) {
        try {
            call.run();
        } catch (LastErrorException e) {
            throw new HostMountException(what + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        // nothing held between calls
    }
}
