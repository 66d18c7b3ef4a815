package dev.storageshares.bootstrap;

import dev.storageshares.adapter.persistence.EmbeddedDatabase;
import dev.storageshares.adapter.persistence.PostgresStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The configured PostgreSQL, or an embedded one under the data directory when none is configured. */
final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final EmbeddedDatabase embedded;
    private final PostgresStorage storage;

    private Database(EmbeddedDatabase embedded, PostgresStorage storage) {
        this.embedded = embedded;
        this.storage = storage;
    }

    static Database open(Settings settings) {
        if (settings.databaseUrl() != null) {
            LOG.info("Using PostgreSQL at {}", settings.databaseUrl());
            return new Database(null, PostgresStorage.connect(settings.databaseUrl(), settings.databaseUser(),
                    settings.databasePassword()));
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(settings.dataDir().resolve("postgres"));
        LOG.info("Started embedded PostgreSQL with data in {}", settings.dataDir().resolve("postgres").toAbsolutePath());
        try {
            return new Database(embedded, PostgresStorage.connect(embedded.jdbcUrl(), embedded.user(), embedded.password()));
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    PostgresStorage storage() {
        return storage;
    }

    @Override
    public void close() {
        storage.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
