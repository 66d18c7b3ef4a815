package dev.storageshares.adapter.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.dockerjava.api.exception.NotFoundException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A PostgreSQL 15 server in a container that Testcontainers starts from the image
 * {@code scripts/postgres-image.sh} builds out of Debian's packages: the adapter against a server it
 * did not start itself, of another major version than the embedded one. Like {@link TestDatabases},
 * every test gets a fresh database cloned from a migrated template.
 */
final class ContainerDatabase implements AutoCloseable {
    static final String IMAGE = "storage-shares-test/postgres:15";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final PostgreSQLContainer server;

    private ContainerDatabase(PostgreSQLContainer server) {
        this.server = server;
    }

    /** Starts the server and migrates the template; without Docker or the image, skips loudly (fails under CI=true). */
    static ContainerDatabase start() {
        requireImage();
        PostgreSQLContainer server = new PostgreSQLContainer(DockerImageName.parse(IMAGE).asCompatibleSubstituteFor("postgres"))
                .withLabel("dev.storageshares.test", "postgres-contract");
        server.start();
        ContainerDatabase database = new ContainerDatabase(server);
        database.execute("create database template_shares");
        try (PostgresStorage template = PostgresStorage.connect(database.urlOf("template_shares"), server.getUsername(),
                server.getPassword())) {
            template.migrate();
        }
        return database;
    }

    String version() {
        try (Connection connection = DriverManager.getConnection(urlOf(server.getDatabaseName()), server.getUsername(), server.getPassword());
             Statement statement = connection.createStatement()) {
            var result = statement.executeQuery("show server_version");
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new, migrated, empty database; close the storage when done. */
    PostgresStorage fresh() {
        return PostgresStorage.connect(freshUrl(), server.getUsername(), server.getPassword());
    }

    String freshUrl() {
        String name = "test_" + COUNTER.incrementAndGet();
        execute("create database " + name + " template template_shares");
        return urlOf(name);
    }

    String user() {
        return server.getUsername();
    }

    String password() {
        return server.getPassword();
    }

    /**
     * On the container's own address rather than the published port: the published port goes through
     * docker-proxy, which under a loaded machine made 32 racing connections wait past the pool's timeout.
     */
    private String urlOf(String database) {
        String address = server.getContainerInfo().getNetworkSettings().getIpAddress();
        return "jdbc:postgresql://" + address + ":" + PostgreSQLContainer.POSTGRESQL_PORT + "/" + database;
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(urlOf(server.getDatabaseName()), server.getUsername(), server.getPassword());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void requireImage() {
        String missing = null;
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            missing = "no Docker engine";
        } else {
            try {
                DockerClientFactory.instance().client().inspectImageCmd(IMAGE).exec();
            } catch (NotFoundException e) {
                missing = "no image " + IMAGE;
            }
        }
        if (missing != null) {
            String why = missing + " for the PostgreSQL container tests (run scripts/docker-setup.sh)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but " + why);
            }
            System.err.println("WARNING: skipping PostgreSQL container tests: " + why);
            assumeTrue(false, why);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
