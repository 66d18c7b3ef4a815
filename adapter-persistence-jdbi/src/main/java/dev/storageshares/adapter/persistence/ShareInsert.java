package dev.storageshares.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A new share and its {@code share.created} event in ONE statement on plain JDBC: one round trip and
 * one commit (a disk flush with a durable database), where a transaction of two inserts through
 * Jdbi took four round trips and its per-statement set-up. The event is written by the same
 * statement, so it exists exactly when the share does.
 */
final class ShareInsert {
    private static final String SQL = "with share as (insert into shares (id, source_container_id, source_path, "
            + "target_type, target_container_id, target_project_id, mode, alias, label, description, enabled, status, "
            + "status_message, expires_at, expiry_notified, created_by, created_at, updated_at, version, decided_by, "
            + "decided_at, decision_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "returning id) "
            + "insert into share_events (id, share_id, type, at, actor, data, next_attempt_at) "
            + "select ?, share.id, ?, ?, ?, cast(? as jsonb), ? from share";

    private ShareInsert() {
    }

    static void run(Connection connection, ShareRow share, EventRow created) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            int i = 0;
            statement.setString(++i, share.id());
            statement.setString(++i, share.sourceContainerId());
            statement.setString(++i, share.sourcePath());
            statement.setString(++i, share.targetType());
            statement.setString(++i, share.targetContainerId());
            statement.setString(++i, share.targetProjectId());
            statement.setString(++i, share.mode());
            statement.setString(++i, share.alias());
            statement.setString(++i, share.label());
            statement.setString(++i, share.description());
            statement.setBoolean(++i, share.enabled());
            statement.setString(++i, share.status());
            statement.setString(++i, share.statusMessage());
            statement.setObject(++i, time(share.expiresAt()));
            statement.setBoolean(++i, share.expiryNotified());
            statement.setString(++i, share.createdBy());
            statement.setObject(++i, time(share.createdAt()));
            statement.setObject(++i, time(share.updatedAt()));
            statement.setLong(++i, share.version());
            statement.setString(++i, share.decidedBy());
            statement.setObject(++i, time(share.decidedAt()));
            statement.setString(++i, share.decisionReason());
            statement.setString(++i, created.id());
            statement.setString(++i, created.type());
            statement.setObject(++i, time(created.at()));
            statement.setString(++i, created.actor());
            statement.setString(++i, created.data());
            statement.setObject(++i, time(created.at()));
            statement.executeUpdate();
        }
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
