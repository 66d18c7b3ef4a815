package dev.storageshares.adapter.mount;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs a POSIX sh script in the mount namespace the Docker engine resolves binds in — the host's.
 * A server running on the host is already there; a server in a container started with
 * {@code --pid=host --privileged} enters PID 1's namespace with {@code nsenter}. One short-lived
 * process per script (a few milliseconds), so nothing stays running between reconciles.
 */
final class HostShell {
    private static final long TIMEOUT_SECONDS = 30;
    private final List<String> prefix;

    private HostShell(List<String> prefix) {
        this.prefix = prefix;
    }

    static HostShell forThisProcess() {
        return new HostShell(insideHostNamespace() ? List.of("sh", "-c") : List.of("nsenter", "-t", "1", "-m", "--", "sh", "-c"));
    }

    /** Whether this process shares PID 1's mount namespace, or cannot see PID 1's (then it is the host's). */
    private static boolean insideHostNamespace() {
        try {
            return Objects.equals(Files.readSymbolicLink(Path.of("/proc/1/ns/mnt")),
                    Files.readSymbolicLink(Path.of("/proc/self/ns/mnt")));
        } catch (IOException | SecurityException unreadable) {
            // PID 1 hides its namespace (as in a VM's init): we are in the namespace we were started in.
            return true;
        }
    }

    record Result(int exit, String output) {
    }

    Result run(String script) {
        List<String> command = new ArrayList<>(prefix);
        command.add(script);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "host shell timed out after " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, "cannot run a host shell (" + String.join(" ", prefix) + "): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
