package dev.storageshares.adapter.mount;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One target's share mounts on the host, as a single idempotent sh script: keeps the mount root a
 * shared mount, mounts what is wanted at {@code <root>/targets/<target>/<share>} (replacing a mount
 * whose source or mode differs), unmounts the rest, and reports what the running target sees.
 *
 * <p>Read-only needs a detour: remounting a propagated bind read-only does not reach the
 * container, but binding a mount that is already read-only does. So a readonly share is bound to a
 * private staging point first, made read-only there, and only then bound into the target's tree.
 * Ownership is by place: every mount directly under the target's directory is the driver's.
 */
final class HostMountScript {
    /** A share as the host should have it. */
    record Wanted(String shareId, String hostSource, boolean readOnly) {
    }

    /** What the script reported: per share a failure message (absent = mounted), and what the target sees. */
    record Report(Map<String, String> failures, Set<String> visibleInTarget, boolean targetInspected, String error) {
        boolean ok() {
            return error == null;
        }
    }

    private static final String FUNCTIONS = """
            mounted() { awk -v m="$1" '$5==m {f=1} END {exit !f}' /proc/self/mountinfo; }
            mode_of() { awk -v m="$1" '$5==m {split($6,o,","); r=o[1]} END {print r}' /proc/self/mountinfo; }
            same_dir() { [ "$(stat -c %d:%i "$1" 2>/dev/null)" = "$(stat -c %d:%i "$2" 2>/dev/null)" ]; }
            unmount_all() { while mounted "$1"; do umount "$1" 2>/dev/null || umount -l "$1" || return 1; done; }
            fail() { echo "fail $1 $(echo "$2" | tr '\\n' ' ')"; }
            want() {
              t="$T/$1"
              if mounted "$t" && same_dir "$t" "$2" && [ "$(mode_of "$t")" = "$3" ]; then echo "ok $1"; return; fi
              unmount_all "$t" || { fail "$1" "cannot unmount the previous mount at $t"; return; }
              [ -d "$2" ] || { fail "$1" "the source directory $2 does not exist on the host"; return; }
              mkdir -p "$t" || { fail "$1" "cannot create $t"; return; }
              if [ "$3" = ro ]; then
                s="$S/$ID.$1"; mkdir -p "$s"
                out=$(mount --bind "$2" "$s" 2>&1 && mount --make-private "$s" 2>&1 \\
                  && mount -o remount,bind,ro "$s" 2>&1 && mount --bind "$s" "$t" 2>&1)
                rc=$?; unmount_all "$s"; rmdir "$s" 2>/dev/null
              else
                out=$(mount --bind "$2" "$t" 2>&1); rc=$?
              fi
              if [ $rc -eq 0 ]; then echo "ok $1"; else fail "$1" "mount failed: $out"; fi
            }
            """;

    private HostMountScript() {
    }

    /** Only makes sure the mount root is a shared mount (and the target's directory exists, unless it is blank). */
    static String ensureRoot(String root, String targetId) {
        return "set -u\n" + header(root, targetId) + FUNCTIONS + rootSetUp();
    }

    /**
     * @param targetPid the running target's PID on the host, or 0 when it is not running
     */
    static String apply(String root, String targetId, List<Wanted> wanted, long targetPid) {
        StringBuilder script = new StringBuilder("set -u\n").append(header(root, targetId)).append(FUNCTIONS)
                .append(rootSetUp());
        String names = wanted.stream().map(Wanted::shareId).collect(Collectors.joining(" "));
        script.append("W=").append(quote(" " + names + " ")).append('\n');
        // Unwanted first: mounts directly under the target's directory, then leftover empty directories.
        script.append("""
                for m in $(awk -v p="$T/" 'index($5,p)==1 {r=substr($5,length(p)+1); if (r !~ "/") print r}' \\
                    /proc/self/mountinfo | sort -u); do
                  case "$W" in *" $m "*) ;; *) unmount_all "$T/$m" && rmdir "$T/$m" 2>/dev/null;; esac
                done
                for d in "$T"/*; do
                  n=${d##*/}
                  case "$W" in *" $n "*) ;; *) [ -d "$d" ] && ! mounted "$d" && rmdir "$d" 2>/dev/null;; esac
                done
                """);
        for (Wanted share : wanted) {
            script.append("want ").append(quote(share.shareId())).append(' ').append(quote(share.hostSource()))
                    .append(' ').append(share.readOnly() ? "ro" : "rw").append('\n');
        }
        if (targetPid > 0) {
            script.append("if [ -r /proc/").append(targetPid).append("/mountinfo ]; then echo inspected; awk '")
                    .append("index($5,\"/mnt/shares/\")==1 {print \"visible\", substr($5,13)}' /proc/")
                    .append(targetPid).append("/mountinfo; fi\n");
        }
        return script.toString();
    }

    static String header(String root, String targetId) {
        return "R=" + quote(root) + "; ID=" + quote(targetId) + "; T=\"$R/targets/$ID\"; S=\"$R/staging\"\n";
    }

    private static String rootSetUp() {
        return """
                mkdir -p "$T" "$S" || { echo "error cannot create $T under the mount root"; exit 1; }
                # Several reconciles (threads, servers) may find the root unmounted at once: one binds it.
                exec 9>"$R/.root.lock" && flock 9
                if ! mounted "$R"; then
                  out=$(mount --bind "$R" "$R" 2>&1) || { echo "error cannot make $R a mount point: $out"; exit 1; }
                fi
                out=$(mount --make-rshared "$R" 2>&1) || { echo "error cannot make $R a shared mount: $out"; exit 1; }
                flock -u 9; exec 9>&-
                """;
    }

    static Report parse(HostShell.Result result) {
        Map<String, String> failures = new HashMap<>();
        Set<String> visible = new HashSet<>();
        boolean inspected = false;
        String error = null;
        for (String line : result.output().split("\n")) {
            String[] parts = line.split(" ", 3);
            switch (parts[0]) {
                case "fail" -> failures.put(parts[1], parts.length > 2 ? parts[2].trim() : "mount failed");
                case "visible" -> visible.add(parts[1]);
                case "inspected" -> inspected = true;
                case "error" -> error = line.substring("error ".length());
                default -> {
                    // "ok" lines and stray output need no action
                }
            }
        }
        if (error == null && result.exit() != 0) {
            error = result.output().isBlank() ? "host shell exited with " + result.exit() : result.output().trim();
        }
        return new Report(failures, visible, inspected, error);
    }

    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
