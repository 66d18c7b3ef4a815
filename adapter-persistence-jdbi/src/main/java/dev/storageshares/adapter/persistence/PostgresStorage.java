package dev.storageshares.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.mount.MountLocks;
import dev.storageshares.domain.mount.MountOverrides;
import dev.storageshares.domain.mount.MountStates;
import dev.storageshares.domain.mount.Receivers;
import dev.storageshares.domain.share.EventOutbox;
import dev.storageshares.domain.share.ExpiryClaims;
import dev.storageshares.domain.share.ShareBatches;
import dev.storageshares.domain.share.ShareGroups;
import dev.storageshares.domain.share.ShareHistory;
import dev.storageshares.domain.share.ShareQueries;
import dev.storageshares.domain.share.ShareRepository;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Every storage port on one PostgreSQL database, through one connection pool. Several server
 * processes may share the database: nothing here keeps state between calls.
 */
public final class PostgresStorage implements AutoCloseable {
    /**
     * Each reconcile thread holds one connection for its advisory lock while it reads and writes
     * through another; requests must still find connections while all of them run.
     */
    private static final int POOL_SIZE = 20;
    /** Fail fast when the database is gone, so requests answer 503 instead of hanging. */
    private static final long CONNECTION_TIMEOUT_MS = 3_000;

    private final HikariDataSource dataSource;
    private final Db db;

    private PostgresStorage(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
        // Instances rather than annotations: Jdbi cannot instantiate our package-private mappers itself.
        jdbi.registerRowMapper(ShareRow.class, new RowMappers.Shares());
        jdbi.registerRowMapper(EventRow.class, new RowMappers.Events());
        jdbi.registerRowMapper(CatalogDao.ContainerRow.class, new RowMappers.Containers());
        jdbi.registerRowMapper(MountDao.OverrideRow.class, new RowMappers.Overrides());
        jdbi.registerRowMapper(MountDao.StateRow.class, new RowMappers.States());
        this.db = new Db(jdbi, dataSource);
    }

    /** Opens the pool; does not touch the schema (see {@link #migrate()}). */
    public static PostgresStorage connect(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        config.setPoolName("storage-shares");
        // Start even when the database is not up yet; requests answer 503 until it is.
        config.setInitializationFailTimeout(-1);
        return new PostgresStorage(new HikariDataSource(config));
    }

    /** Applies pending Flyway migrations; running it again changes nothing. */
    public void migrate() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    public ContainerCatalog catalog() {
        return new JdbiContainerCatalog(db);
    }

    public ShareRepository shares() {
        return new JdbiShareRepository(db);
    }

    public ShareQueries queries() {
        return new JdbiShareQueries(db);
    }

    public ExpiryClaims expiryClaims() {
        return new JdbiExpiryClaims(db);
    }

    public ShareHistory history() {
        return new JdbiShareHistory(db);
    }

    public ShareGroups shareGroups() {
        return new JdbiShareGroups(db);
    }

    public Receivers receivers() {
        return new PostgresReceivers(db);
    }

    public ShareBatches shareBatches() {
        return new JdbiShareBatches(db);
    }

    public MountOverrides overrides() {
        return new JdbiMountOverrides(db);
    }

    public MountStates mountStates() {
        return new JdbiMountStates(db);
    }

    public EventOutbox outbox() {
        return new JdbiEventOutbox(db);
    }

    public MountLocks mountLocks() {
        return new AdvisoryMountLocks(db);
    }

    /** Whether the database answers right now; for readiness checks. */
    public boolean isReachable() {
        try {
            return db.read(handle -> handle.createQuery("select 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
