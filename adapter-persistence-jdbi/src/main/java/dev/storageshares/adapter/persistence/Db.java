package dev.storageshares.adapter.persistence;

import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.ShareException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.util.PSQLException;

/**
 * Runs work against the database and translates the failures the domain cares about: an
 * unreachable database becomes {@code SERVICE_UNAVAILABLE} (the server answers 503 and recovers by
 * itself once the pool reconnects); everything else stays a bug.
 */
final class Db {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String DEADLOCK = "40P01";
    private static final String SERIALIZATION = "40001";
    private static final int TRANSACTION_ATTEMPTS = 3;

    private final Jdbi jdbi;
    private final DataSource dataSource;

    Db(Jdbi jdbi, DataSource dataSource) {
        this.jdbi = jdbi;
        this.dataSource = dataSource;
    }

    /** Work on plain JDBC, for the few hot reads where Jdbi's per-statement set-up is most of the cost. */
    interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction. PostgreSQL may end a transaction as a deadlock victim or
     * a serialization failure even when the work is correct; such a transaction is rolled back and
     * simply run again, as PostgreSQL's documentation advises, so callers never see it.
     */
    <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(work);
            } catch (JdbiException e) {
                if (attempt == TRANSACTION_ATTEMPTS || !(hasSqlState(e, DEADLOCK) || hasSqlState(e, SERIALIZATION))) {
                    throw translate(e);
                }
            }
        }
    }

    /**
     * Runs {@code work}, a single statement on plain JDBC in autocommit (so its own transaction),
     * retried like {@link #inTransaction} when PostgreSQL ends it as a deadlock victim or a
     * serialization failure.
     */
    <T> T inOneStatement(ConnectionWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return withConnection(work);
            } catch (IllegalStateException e) {
                if (attempt == TRANSACTION_ATTEMPTS || !(hasSqlState(e, DEADLOCK) || hasSqlState(e, SERIALIZATION))) {
                    throw e;
                }
            }
        }
    }

    <T> T read(HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    <T> T withConnection(ConnectionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            if (isConnectionProblem(e)) {
                throw unavailable();
            }
            throw new IllegalStateException("database query failed", e);
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        return hasSqlState(e, UNIQUE_VIOLATION);
    }

    /**
     * The foreign key {@code e} broke, if that is what happened: a write naming a row that a
     * concurrent transaction deleted. Stores answer it as if the delete had come first.
     */
    static Optional<String> violatedForeignKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())
                    && sql.getServerErrorMessage() != null) {
                return Optional.ofNullable(sql.getServerErrorMessage().getConstraint());
            }
        }
        return Optional.empty();
    }

    private static RuntimeException translate(JdbiException e) {
        return isConnectionProblem(e) ? unavailable() : e;
    }

    private static ShareException unavailable() {
        return new ShareException(ErrorCode.SERVICE_UNAVAILABLE, "The database is unavailable");
    }

    private static boolean isConnectionProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            // SQLSTATE class 08 is "connection exception"; 57P0x means the server is shutting down.
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSqlState(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
