package dev.storageshares.adapter.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A real PostgreSQL server started by this process, with its data in a directory that outlives
 * the process. Used when no database is configured, so the server runs with no set-up at all.
 *
 * <p>A lock file next to the data directory is held for as long as this object lives: a second
 * server on the same directory is refused, and a postmaster found running on a directory nobody
 * holds was orphaned by a killed server and is stopped first ({@link OrphanedPostmaster}).
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final String USER = "postgres";

    /** What a commit acknowledged to a caller is worth when the machine stops at once. */
    public enum Durability {
        /** fsync, synchronous commit and full-page writes on: an acknowledged commit survives a crash. */
        DURABLE,
        /** PostgreSQL's test-speed settings (no fsync, asynchronous commit): for data thrown away anyway. */
        THROWAWAY
    }

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private EmbeddedDatabase(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Starts a durable PostgreSQL on a free port with its data in {@code dataDir} (created when
     * missing, kept when present). Refuses when another live process is using the same directory.
     */
    public static EmbeddedDatabase start(Path dataDir) {
        return start(dataDir, 0, Durability.DURABLE);
    }

    /** For tests and benchmarks whose data is thrown away: faster writes, no crash guarantee. */
    public static EmbeddedDatabase startThrowaway(Path dataDir) {
        return start(dataDir, 0, Durability.THROWAWAY);
    }

    /** On a fixed port, so that tests can stop and restart the server under the same URL. */
    static EmbeddedDatabase start(Path dataDir, int port, Durability durability) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir.toAbsolutePath().getParent());
            channel = FileChannel.open(lockFile(dataDir), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new IllegalStateException("The data directory " + dataDir.toAbsolutePath()
                        + " is in use by another process; stop it or choose another --data-dir");
            }
            OrphanedPostmaster.stopIfRunning(dataDir);
            EmbeddedPostgres postgres = configure(EmbeddedPostgres.builder(), durability)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
            return new EmbeddedDatabase(postgres, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDir.toAbsolutePath(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /**
     * The library starts PostgreSQL with fsync off and asynchronous commit; its "-c" settings come
     * after that on the command line and so win.
     */
    private static EmbeddedPostgres.Builder configure(EmbeddedPostgres.Builder builder, Durability durability) {
        if (durability == Durability.THROWAWAY) {
            return builder;
        }
        return builder.setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    public String user() {
        return USER;
    }

    public String password() {
        return null;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
        } finally {
            try {
                lock.release();
            } catch (IOException ignored) {
                // the channel close below releases it as well
            }
            closeQuietly(lockChannel);
        }
    }

    private static Path lockFile(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
