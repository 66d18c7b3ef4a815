package dev.storageshares.bootstrap;

import dev.storageshares.adapter.rest.ApiClient;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** `serve` in a JVM of its own on the embedded PostgreSQL of a data directory, to be killed like a real one. */
final class ServerProcess {
    static final String SECRET = "server-process-test-secret-0123456789";

    private final Process process;
    private final Path dataDir;
    private final Path log;
    private final ApiClient api;

    private ServerProcess(Process process, Path dataDir, Path log, ApiClient api) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.api = api;
    }

    /** @param started every process started is added, for the test's clean-up */
    static ServerProcess start(Path dataDir, String logName, List<ServerProcess> started) throws IOException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + logName + ".log");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--port", Integer.toString(port), "--data-dir", dataDir.toString(),
                "--mount-driver", "none", "--create-rate", "0")
                .redirectErrorStream(true)
                .redirectOutput(new File(log.toString()));
        builder.environment().put("STORAGE_SHARES_JWT_SECRET", SECRET);
        ServerProcess server = new ServerProcess(builder.start(), dataDir, log, new ApiClient("http://127.0.0.1:" + port));
        started.add(server);
        return server;
    }

    ApiClient api() {
        return api;
    }

    /**
     * Waits until /ready answers 200; fails with the server's log when it exits or takes too long
     * (generous: on a shared two-core machine a JVM and initdb can take minutes to start).
     */
    ServerProcess awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                if (api.get("/ready", null).status() == 200) {
                    return this;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not become ready:\n" + log());
    }

    /** Waits for the process to end by itself and returns its exit code. */
    int awaitExit() throws InterruptedException {
        return process.waitFor();
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** The embedded PostgreSQL's postmaster, as its own pid file names it. */
    Optional<ProcessHandle> postmaster() throws IOException {
        List<String> pidFile = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        return ProcessHandle.of(Long.parseLong(pidFile.get(0).trim()));
    }

    /** kill -9 of the server JVM only: it gets no chance to stop its PostgreSQL. */
    void killJvm() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** kill -9 of the server JVM and of every PostgreSQL process at once, as when the machine dies. */
    void killJvmAndDatabase() throws Exception {
        ProcessHandle postmaster = postmaster().orElseThrow();
        List<ProcessHandle> backends = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        process.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        process.waitFor();
        postmaster.onExit().get();
        for (ProcessHandle backend : backends) {
            backend.onExit().get();
        }
    }

    /** A clean stop (SIGTERM), as an operator would. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** After a test, whatever happened in it: no server JVM and no PostgreSQL of this directory left running. */
    void cleanUp() throws Exception {
        stop();
        if (Files.exists(dataDir.resolve("postgres").resolve("postmaster.pid"))) {
            Optional<ProcessHandle> postmaster = postmaster().filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
            if (postmaster.isPresent()) {
                postmaster.get().destroy();
                postmaster.get().onExit().get();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
