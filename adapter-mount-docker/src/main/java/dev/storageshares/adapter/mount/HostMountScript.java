package dev.storageshares.adapter.mount;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mount commands for one target's shares at {@code <root>/targets/<target>/} as sh scripts, for
 * {@link ShellMounts}. Java decides what differs (from a {@link HostView}); a script only mounts
 * and unmounts, and each process it starts is on the way of a share becoming visible, so it starts
 * as few as it can: a new read-write share is one {@code mount}, a read-only one two.
 *
 * <p>Read-only needs a detour: remounting a propagated bind read-only does not reach the
 * container, but binding a mount that is already read-only does. So a readonly share is bound to a
 * staging point, made read-only there, and only then bound into the target's tree.
 */
final class HostMountScript {
    /** What a script reported: per share a failure message, or an error that fails them all. */
    record Report(Map<String, String> failures, String error) {
        boolean ok() {
            return error == null;
        }
    }

    private static final String CHANGE_FUNCTIONS = """
            fail() { echo "fail $1 $(echo "$2" | tr '\\n' ' ')"; }
            detach() { while umount -l "$1" 2>/dev/null; do :; done; }
            gone() { detach "$T/$1"; rmdir "$T/$1" 2>/dev/null; }
            want() {
              t="$T/$1"
              [ -d "$2" ] || { fail "$1" "the source directory $2 does not exist on the host"; return; }
              if [ "$3" = ro ]; then
                s="$S/$ID.$1"
                mkdir -p "$t" "$s" || { fail "$1" "cannot create $t"; return; }
                out=$(mount -o bind,ro "$2" "$s" 2>&1 && mount --bind "$s" "$t" 2>&1); rc=$?
                umount -l "$s" 2>/dev/null; rmdir "$s"
              else
                [ -d "$t" ] || mkdir -p "$t" || { fail "$1" "cannot create $t"; return; }
                out=$(mount --bind "$2" "$t" 2>&1); rc=$?
              fi
              [ $rc -eq 0 ] || fail "$1" "mount failed: $out"
            }
            """;

    private HostMountScript() {
    }

    /** Makes sure the mount root is a shared mount and the target's directory exists (unless blank). */
    static String ensureRoot(String root, String targetId) {
        return header(root, targetId) + rootSetUp();
    }

    /**
     * Unmounts {@code unwanted} (share ids) and mounts {@code mount} afresh, first unmounting those of
     * them that are in {@code mounted} (a mode change or a mount of another directory).
     */
    static String change(String root, String targetId, Set<String> unwanted, List<HostMounts.Wanted> mount,
                         Set<String> mounted) {
        StringBuilder script = new StringBuilder(header(root, targetId)).append(CHANGE_FUNCTIONS);
        unwanted.forEach(name -> script.append("gone ").append(quote(name)).append('\n'));
        for (HostMounts.Wanted share : mount) {
            if (mounted.contains(share.shareId())) {
                script.append("detach \"$T\"/").append(quote(share.shareId())).append('\n');
            }
            script.append("want ").append(quote(share.shareId())).append(' ').append(quote(share.hostSource()))
                    .append(' ').append(share.readOnly() ? "ro" : "rw").append('\n');
        }
        return script.append("true\n").toString();
    }

    /** Unmounts {@code mounted} (share ids) and removes the target's directory. */
    static String release(String root, String targetId, Set<String> mounted) {
        return change(root, targetId, mounted, List.of(), Set.of()) + "rmdir \"$T\" 2>/dev/null || true\n";
    }

    static String header(String root, String targetId) {
        return "set -u\nR=" + quote(root) + "; ID=" + quote(targetId) + "; T=\"$R/targets/$ID\"; S=\"$R/staging\"\n";
    }

    private static String rootSetUp() {
        return """
                mkdir -p "$T" "$S" || { echo "error cannot create $T under the mount root"; exit 1; }
                # Several reconciles (threads, servers) may find the root unmounted at once: one binds it.
                exec 9>"$R/.root.lock" && flock 9
                if ! awk -v m="$R" '$5==m {f=1} END {exit !f}' /proc/self/mountinfo; then
                  out=$(mount --bind "$R" "$R" 2>&1) || { echo "error cannot make $R a mount point: $out"; exit 1; }
                fi
                out=$(mount --make-rshared "$R" 2>&1) || { echo "error cannot make $R a shared mount: $out"; exit 1; }
                flock -u 9; exec 9>&-
                """;
    }

    static Report parse(HostShell.Result result) {
        Map<String, String> failures = new HashMap<>();
        String error = null;
        for (String line : result.output().split("\n")) {
            String[] parts = line.split(" ", 3);
            if (parts[0].equals("fail")) {
                failures.put(parts[1], parts.length > 2 ? parts[2].trim() : "mount failed");
            } else if (parts[0].equals("error")) {
                error = line.substring("error ".length());
            }
        }
        if (error == null && result.exit() != 0) {
            error = result.output().isBlank() ? "host shell exited with " + result.exit() : result.output().trim();
        }
        return new Report(failures, error);
    }

    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
