package dev.storageshares.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Column-by-column mappers from result sets to row records; explicit, so a renamed column fails loudly. */
final class RowMappers {

    private RowMappers() {
    }

    static final class Shares implements RowMapper<ShareRow> {
        @Override
        public ShareRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ShareRow(rs.getString("id"), rs.getString("source_container_id"), rs.getString("source_path"),
                    rs.getString("target_type"), rs.getString("target_container_id"), rs.getString("target_project_id"),
                    rs.getString("mode"), rs.getString("alias"), rs.getString("label"), rs.getString("description"),
                    rs.getBoolean("enabled"), rs.getString("status"), rs.getString("status_message"),
                    instant(rs, "expires_at"), rs.getBoolean("expiry_notified"), rs.getString("created_by"),
                    instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("version"),
                    rs.getString("decided_by"), instant(rs, "decided_at"), rs.getString("decision_reason"));
        }
    }

    static final class Events implements RowMapper<EventRow> {
        @Override
        public EventRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new EventRow(rs.getString("id"), rs.getString("share_id"), rs.getString("type"), instant(rs, "at"),
                    rs.getString("actor"), rs.getString("data"), rs.getInt("attempts"));
        }
    }

    static final class Containers implements RowMapper<CatalogDao.ContainerRow> {
        @Override
        public CatalogDao.ContainerRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new CatalogDao.ContainerRow(rs.getString("id"), rs.getString("realm_id"), rs.getString("project_id"),
                    rs.getString("owner_id"), rs.getString("name"), rs.getString("runtime_ref"));
        }
    }

    static final class Overrides implements RowMapper<MountDao.OverrideRow> {
        @Override
        public MountDao.OverrideRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new MountDao.OverrideRow(rs.getString("id"), rs.getString("share_id"), rs.getString("container_id"),
                    rs.getBoolean("mount"), instant(rs, "created_at"), instant(rs, "updated_at"));
        }
    }

    static final class States implements RowMapper<MountDao.StateRow> {
        @Override
        public MountDao.StateRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new MountDao.StateRow(rs.getString("container_id"), rs.getString("share_id"), rs.getString("state"),
                    rs.getString("message"));
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
