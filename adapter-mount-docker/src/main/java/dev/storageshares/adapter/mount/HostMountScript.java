package dev.storageshares.adapter.mount;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One target's share mounts on the host as sh scripts: {@link #observe} reports what is mounted at
 * {@code <root>/targets/<target>/} and what the running target sees, {@link #change} mounts and
 * unmounts what the driver decided. Every process forked costs time on a busy host, so the state is
 * read in one pass and only the needed mount commands run.
 *
 * <p>Read-only needs a detour: remounting a propagated bind read-only does not reach the
 * container, but binding a mount that is already read-only does. So a readonly share is bound to a
 * staging point, made read-only there, and only then bound into the target's tree.
 */
final class HostMountScript {
    /** A share as the host should have it. */
    record Wanted(String shareId, String hostSource, boolean readOnly) {
    }

    /**
     * What a script reported: the root's state, the mounts under the target's directory (name to
     * read-only), device:inode of the paths it was asked about, per share a failure message, and
     * what the target sees.
     */
    record Report(String root, Map<String, Boolean> mounts, Map<String, String> ids, Map<String, String> failures,
                  Set<String> visibleInTarget, boolean targetInspected, String error) {
        boolean ok() {
            return error == null;
        }
    }

    private static final String TARGET_VIEW = "if [ -r /proc/%1$d/mountinfo ]; then echo inspected; "
            + "awk 'index($5,\"/mnt/shares/\")==1 {print \"visible\", substr($5,13)}' /proc/%1$d/mountinfo; fi\n";

    private static final String CHANGE_FUNCTIONS = """
            fail() { echo "fail $1 $(echo "$2" | tr '\\n' ' ')"; }
            detach() { while umount -l "$1" 2>/dev/null; do :; done; }
            gone() { detach "$T/$1"; rmdir "$T/$1" 2>/dev/null; }
            want() {
              t="$T/$1"; detach "$t"
              [ -d "$2" ] || { fail "$1" "the source directory $2 does not exist on the host"; return; }
              mkdir -p "$t" || { fail "$1" "cannot create $t"; return; }
              if [ "$3" = ro ]; then
                s="$S/$ID.$1"; mkdir -p "$s"
                out=$(mount -o bind,ro "$2" "$s" 2>&1 && mount --bind "$s" "$t" 2>&1); rc=$?
                detach "$s"; rmdir "$s" 2>/dev/null
              else
                out=$(mount --bind "$2" "$t" 2>&1); rc=$?
              fi
              [ $rc -eq 0 ] || fail "$1" "mount failed: $out"
            }
            """;

    private HostMountScript() {
    }

    /**
     * Reads, in one pass: whether the root is a shared mount, the mounts directly under the target's
     * directory, device:inode of each entry there and of each source, and what the running target sees.
     *
     * @param targetPid the running target's PID on the host, or 0 when it is not running
     */
    static String observe(String root, String targetId, List<Wanted> wanted, long targetPid) {
        StringBuilder script = new StringBuilder(header(root, targetId)).append("""
                awk -v r="$R" -v p="$T/" '
                  $5==r {s="private"; for (i=7; $i!="-"; i++) if ($i ~ /^shared:/) s="shared"; st=s}
                  index($5,p)==1 {n=substr($5,length(p)+1); if (n !~ "/") {split($6,o,","); print "mnt", n, o[1]}}
                  END {print "root", st ? st : "absent"}' /proc/self/mountinfo
                stat -c 'id %d:%i %n' "$T"/*""");
        wanted.forEach(share -> script.append(' ').append(quote(share.hostSource())));
        script.append(" 2>/dev/null\n");
        if (targetPid > 0) {
            script.append(String.format(TARGET_VIEW, targetPid));
        }
        return script.append("true\n").toString();
    }

    /** Makes sure the mount root is a shared mount and the target's directory exists (unless blank). */
    static String ensureRoot(String root, String targetId) {
        return header(root, targetId) + rootSetUp();
    }

    /** Unmounts {@code unwanted} (share ids), mounts {@code mount} afresh, then reports what the target sees. */
    static String change(String root, String targetId, Set<String> unwanted, List<Wanted> mount, boolean setUpRoot,
                         long targetPid) {
        StringBuilder script = new StringBuilder(header(root, targetId)).append(CHANGE_FUNCTIONS);
        script.append(setUpRoot ? rootSetUp() : "mkdir -p \"$T\" \"$S\"\n");
        unwanted.forEach(name -> script.append("gone ").append(quote(name)).append('\n'));
        for (Wanted share : mount) {
            script.append("want ").append(quote(share.shareId())).append(' ').append(quote(share.hostSource()))
                    .append(' ').append(share.readOnly() ? "ro" : "rw").append('\n');
        }
        if (targetPid > 0) {
            script.append(String.format(TARGET_VIEW, targetPid));
        }
        return script.append("true\n").toString();
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
        String root = null;
        Map<String, Boolean> mounts = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        Map<String, String> failures = new HashMap<>();
        Set<String> visible = new HashSet<>();
        boolean inspected = false;
        String error = null;
        for (String line : result.output().split("\n")) {
            String[] parts = line.split(" ", 3);
            switch (parts[0]) {
                case "root" -> root = parts[1];
                case "mnt" -> mounts.put(parts[1], "ro".equals(parts[2]));
                case "id" -> ids.put(parts[2], parts[1]);
                case "fail" -> failures.put(parts[1], parts.length > 2 ? parts[2].trim() : "mount failed");
                case "visible" -> visible.add(parts[1]);
                case "inspected" -> inspected = true;
                case "error" -> error = line.substring("error ".length());
                default -> {
                    // stray output needs no action
                }
            }
        }
        if (error == null && result.exit() != 0) {
            error = result.output().isBlank() ? "host shell exited with " + result.exit() : result.output().trim();
        }
        return new Report(root, mounts, ids, failures, visible, inspected, error);
    }

    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
