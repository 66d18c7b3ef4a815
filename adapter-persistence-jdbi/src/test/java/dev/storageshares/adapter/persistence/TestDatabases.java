package dev.storageshares.adapter.persistence;

import dev.storageshares.application.contract.StoragePorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL per test JVM, and a fresh database per test cloned from a migrated template:
 * every test starts empty, and cloning costs milliseconds where migrating would cost a second.
 */
final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedDatabase server;

    private TestDatabases() {
    }

    static synchronized EmbeddedDatabase server() {
        if (server == null) {
            try {
                server = EmbeddedDatabase.startThrowaway(Files.createTempDirectory("storage-shares-test-").resolve("pg"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            execute("create database template_shares");
            try (PostgresStorage template = PostgresStorage.connect(urlOf("template_shares"), server.user(), null)) {
                template.migrate();
            }
        }
        return server;
    }

    /** A fresh database's ports, for the port contracts; they close its pool after each test. */
    static StoragePorts freshPorts() {
        return ports(fresh());
    }

    /** The ports of one storage, released with it. */
    static StoragePorts ports(PostgresStorage storage) {
        return new StoragePorts(storage.catalog(), storage.shares(), storage.queries(), storage.expiryClaims(),
                storage.history(), storage.shareGroups(), storage.shareBatches(), storage.overrides(), storage.mountStates(),
                storage.receivers(), storage.outbox(), storage);
    }

    /** A new, migrated, empty database; close the storage when done. */
    static PostgresStorage fresh() {
        return PostgresStorage.connect(freshUrl(), server().user(), null);
    }

    static String freshUrl() {
        String name = "test_" + COUNTER.incrementAndGet();
        server();
        execute("create database " + name + " template template_shares");
        return urlOf(name);
    }

    /** A new database with no schema at all, to migrate step by step. */
    static String emptyUrl() {
        String name = "empty_" + COUNTER.incrementAndGet();
        server();
        execute("create database " + name);
        return urlOf(name);
    }

    static String urlOf(String database) {
        return server().jdbcUrl().replaceFirst("/postgres\\?", "/" + database + "?").replaceFirst("/postgres$", "/" + database);
    }

    static Path newDataDir() throws IOException {
        return Files.createTempDirectory("storage-shares-durability-").resolve("pg");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
