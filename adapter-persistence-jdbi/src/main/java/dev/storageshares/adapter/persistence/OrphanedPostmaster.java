package dev.storageshares.adapter.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on an embedded data directory by a server that was killed (kill -9
 * gives the server no chance to stop it). Only called while holding the directory's lock file, so
 * no live server owns that postmaster: it is stopped the way PostgreSQL asks to be stopped (SIGTERM,
 * a clean shutdown with a checkpoint), and only when it really is a postgres of this very directory
 * — the PID in postmaster.pid may since belong to an unrelated process.
 */
final class OrphanedPostmaster {
    private static final Logger LOG = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final long STOP_TIMEOUT_SECONDS = 60;

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDir) {
        Optional<ProcessHandle> orphan = find(dataDir);
        if (orphan.isEmpty()) {
            forgetStalePidFile(dataDir);
            return;
        }
        ProcessHandle postmaster = orphan.get();
        LOG.warn("An orphaned PostgreSQL (pid {}) still runs on {}, left by a server that did not stop; stopping it",
                postmaster.pid(), dataDir.toAbsolutePath());
        postmaster.destroy();
        try {
            postmaster.onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("The orphaned PostgreSQL (pid " + postmaster.pid() + ") on "
                    + dataDir.toAbsolutePath() + " did not stop within " + STOP_TIMEOUT_SECONDS + " s; stop it by hand", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the orphaned PostgreSQL", e);
        }
    }

    /**
     * PostgreSQL ignores a postmaster.pid whose process is gone, but refuses to start when that PID
     * now belongs to some other live process; no postgres serves the directory, so the file is stale.
     */
    private static void forgetStalePidFile(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve("postmaster.pid"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the stale " + dataDir.resolve("postmaster.pid"), e);
        }
    }

    /** The live postmaster that postmaster.pid names, when it is a postgres serving {@code dataDir}. */
    static Optional<ProcessHandle> find(Path dataDir) {
        List<String> pidFile;
        try {
            pidFile = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        } catch (NoSuchFileException none) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dataDir.resolve("postmaster.pid"), e);
        }
        if (pidFile.size() < 2 || !pidFile.get(0).trim().matches("[0-9]{1,10}")
                || !sameDirectory(pidFile.get(1).trim(), dataDir)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(pidFile.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> isPostgresOf(process, dataDir));
    }

    private static boolean isPostgresOf(ProcessHandle process, Path dataDir) {
        boolean postgres = process.info().command()
                .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(false);
        boolean servesDirectory = process.info().arguments()
                .map(arguments -> List.of(arguments).stream().anyMatch(a -> sameDirectory(a, dataDir)))
                .orElse(true);
        return postgres && servesDirectory;
    }

    private static boolean sameDirectory(String candidate, Path dataDir) {
        try {
            return Files.isSameFile(Path.of(candidate), dataDir);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
