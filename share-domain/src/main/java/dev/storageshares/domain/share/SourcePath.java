package dev.storageshares.domain.share;

import dev.storageshares.domain.ShareException;
import java.util.List;
import dev.storageshares.domain.Characters;

/**
 * A directory of the source container that may be shared. The whole path policy lives here:
 * construction canonicalises the text and refuses anything that could reach outside the intended
 * directory or into the kernel's pseudo file systems.
 */
public record SourcePath(String value) {
    public static final int MAX_LENGTH = 4096;
    /** Whole-segment prefixes: /proc/1 is blocked, /process is not. */
    public static final List<String> BLOCKED_ROOTS = List.of("/proc", "/sys", "/dev", "/boot", "/run", "/var/run");

    public SourcePath {
        value = canonical(value);
    }

    public static SourcePath of(String raw) {
        return new SourcePath(raw);
    }

    /** Whether this path is {@code other} or lies beneath it, comparing whole segments. */
    public boolean isWithin(String other) {
        return value.equals(other) || value.startsWith(other.endsWith("/") ? other : other + "/");
    }

    private static String canonical(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw ShareException.invalidPath("source_path must not be empty");
        }
        if (!raw.startsWith("/")) {
            throw ShareException.invalidPath("source_path must be absolute (start with /)");
        }
        if (raw.length() > MAX_LENGTH) {
            throw ShareException.invalidPath("source_path must be at most " + MAX_LENGTH + " characters");
        }
        if (!Characters.isAlphanumericOr(raw, "/_.-")) {
            throw ShareException.invalidPath("source_path may only contain a-z A-Z 0-9 / - _ .");
        }
        if (raw.contains("..")) {
            throw ShareException.invalidPath("source_path must not contain '..' (path traversal)");
        }
        String path = raw;
        while (path.contains("//")) {
            path = path.replace("//", "/");
        }
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.equals("/")) {
            throw ShareException.invalidPath("source_path must not be the root directory /");
        }
        if (path.contains("/./") || path.endsWith("/.")) {
            throw ShareException.invalidPath("source_path must not contain '.' segments");
        }
        for (String root : BLOCKED_ROOTS) {
            if (path.equals(root) || path.startsWith(root + "/")) {
                throw ShareException.invalidPath("source_path must not be under the system path " + root);
            }
        }
        return path;
    }

    @Override
    public String toString() {
        return value;
    }
}
