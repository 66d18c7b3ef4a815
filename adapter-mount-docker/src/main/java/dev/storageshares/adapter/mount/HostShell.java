package dev.storageshares.adapter.mount;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs POSIX sh scripts in the mount namespace the Docker engine resolves binds in — the host's:
 * a server in a container started with {@code --pid=host --privileged} enters PID 1's namespace
 * with {@code nsenter}.
 *
 * <p>One shell is started on first use and kept: starting a process costs milliseconds on an idle
 * host and far more on a busy one, and a share should appear in well under 100 ms. Each script runs
 * in a subshell (so an {@code exit} or a variable stays inside it) and ends with a line carrying a
 * random marker and the exit status. A script that outlives the timeout kills the shell; the next
 * script starts a fresh one.
 */
final class HostShell implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 30;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "host-shell-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final List<String> command;
    private final String marker = "@@storage-shares-" + UUID.randomUUID();
    private Process shell;
    private Writer input;
    private BufferedReader output;

    private HostShell(List<String> command) {
        this.command = command;
    }

    /** A shell in this process's mount namespace. */
    static HostShell local() {
        return new HostShell(List.of("sh"));
    }

    /** A shell in PID 1's mount namespace: the host's, for a server in a container with the host's PID namespace. */
    static HostShell enteringPid1() {
        return new HostShell(List.of("nsenter", "-t", "1", "-m", "--", "sh"));
    }

    /** Whether this process shares PID 1's mount namespace, or cannot see PID 1's (then it is the host's). */
    static boolean insideHostNamespace() {
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

    /** One script at a time: the scripts of one target must not interleave, and they take milliseconds. */
    synchronized Result run(String script) {
        try {
            if (shell == null || !shell.isAlive()) {
                start();
            }
            input.write("(\n" + script + "\n) </dev/null 2>&1; printf '\\n%s %d\\n' " + marker + " $?\n");
            input.flush();
            return readUntilMarker();
        } catch (IOException e) {
            close();
            return new Result(-1, "cannot run a host shell (" + String.join(" ", command) + "): " + e.getMessage());
        }
    }

    private Result readUntilMarker() throws IOException {
        Process running = shell;
        ScheduledFuture<?> timeout = WATCHDOG.schedule(running::destroyForcibly, TIMEOUT_SECONDS, TimeUnit.SECONDS);
        StringBuilder text = new StringBuilder();
        try {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith(marker + " ")) {
                    return new Result(Integer.parseInt(line.substring(marker.length() + 1).trim()), text.toString());
                }
                text.append(line).append('\n');
            }
        } finally {
            timeout.cancel(false);
        }
        close();
        return new Result(-1, timeout.isDone() && !timeout.isCancelled()
                ? "host shell timed out after " + TIMEOUT_SECONDS + " s" : "host shell ended: " + text.toString().trim());
    }

    private void start() throws IOException {
        shell = new ProcessBuilder(command).redirectErrorStream(true).start();
        input = new OutputStreamWriter(shell.getOutputStream(), StandardCharsets.UTF_8);
        output = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void close() {
        if (shell != null) {
            shell.destroyForcibly();
            shell = null;
        }
    }
}
