package dev.storageshares.adapter.persistence;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.ProjectMember;
import dev.storageshares.domain.catalog.ProjectRole;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.catalog.UserId;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountState;
import dev.storageshares.domain.mount.Receiver;
import dev.storageshares.domain.mount.Receivers;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareId;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A receiver in one statement on plain JDBC: the container, its project with its members, the
 * incoming candidates (the same union as {@code ShareDao.incomingCandidates}), and per candidate its
 * source container, the container's switch and its reported state. The driver prepares it on the server after a few uses per
 * connection and keeps it; no Jdbi statement set-up per call, since this is the request platforms make most.
 */
final class PostgresReceivers implements Receivers {
    static final String SQL = "select c.id as c_id, c.realm_id as c_realm_id, c.project_id as c_project_id, "
            + "c.owner_id as c_owner_id, c.name as c_name, c.runtime_ref as c_runtime_ref, "
            + "p.realm_id as p_realm_id, p.name as p_name, m.user_ids, m.roles, "
            + ShareDao.COLUMNS + ", sc.realm_id as sc_realm_id, sc.project_id as sc_project_id, "
            + "sc.owner_id as sc_owner_id, sc.name as sc_name, sc.runtime_ref as sc_runtime_ref, "
            + "o.mount, ms.state, ms.message "
            + "from containers c join projects p on p.id = c.project_id "
            + "cross join lateral (select array_agg(pm.user_id order by pm.user_id) as user_ids, "
            + "array_agg(pm.role order by pm.user_id) as roles from project_members pm where pm.project_id = p.id) m "
            + "left join lateral (select * from shares s where s.target_container_id = c.id "
            + "and (s.expires_at is null or s.expires_at > ?) union all select * from shares s "
            + "where s.target_project_id = c.project_id and (s.expires_at is null or s.expires_at > ?)) s on true "
            + "left join containers sc on sc.id = s.source_container_id "
            + "left join mount_overrides o on o.share_id = s.id and o.container_id = c.id "
            + "left join mount_states ms on ms.share_id = s.id and ms.container_id = c.id "
            + "where c.id = ?";
    private static final RowMappers.Shares SHARES = new RowMappers.Shares();

    private final Db db;

    PostgresReceivers(Db db) {
        this.db = db;
    }

    @Override
    public Optional<Receiver> find(ContainerId container, Instant now) {
        return db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SQL)) {
                OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
                statement.setObject(1, at);
                statement.setObject(2, at);
                statement.setString(3, container.value());
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(receiver(rows)) : Optional.empty();
                }
            }
        });
    }

    private static Receiver receiver(ResultSet rows) throws SQLException {
        Container container = new Container(new ContainerId(rows.getString("c_id")),
                new RealmId(rows.getString("c_realm_id")), new ProjectId(rows.getString("c_project_id")),
                new UserId(rows.getString("c_owner_id")), rows.getString("c_name"), rows.getString("c_runtime_ref"));
        Project project = new Project(container.project(), new RealmId(rows.getString("p_realm_id")),
                rows.getString("p_name"), members(rows.getArray("user_ids"), rows.getArray("roles")));
        List<Share> candidates = new ArrayList<>();
        Map<ContainerId, Container> sources = new HashMap<>();
        Map<ShareId, Boolean> switches = new HashMap<>();
        Map<ShareId, MountOutcome> reported = new HashMap<>();
        do {
            if (rows.getString("id") == null) {
                continue; // the left join's single row for a container that receives nothing
            }
            Share share = ShareRows.toShare(SHARES.map(rows, null));
            candidates.add(share);
            if (rows.getString("sc_realm_id") != null) {
                sources.computeIfAbsent(share.sourceContainer(), id -> source(id, rows));
            }
            boolean mount = rows.getBoolean("mount");
            if (!rows.wasNull()) {
                switches.put(share.id(), mount);
            }
            String state = rows.getString("state");
            if (state != null) {
                reported.put(share.id(), new MountOutcome(MountState.valueOf(state.toUpperCase(Locale.ROOT)),
                        rows.getString("message")));
            }
        } while (rows.next());
        return new Receiver(container, project, candidates, sources, switches, reported);
    }

    private static Container source(ContainerId id, ResultSet rows) {
        try {
            return new Container(id, new RealmId(rows.getString("sc_realm_id")),
                    new ProjectId(rows.getString("sc_project_id")), new UserId(rows.getString("sc_owner_id")),
                    rows.getString("sc_name"), rows.getString("sc_runtime_ref"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a source container", e);
        }
    }

    private static List<ProjectMember> members(Array userIds, Array roles) throws SQLException {
        if (userIds == null) {
            return List.of();
        }
        String[] users = (String[]) userIds.getArray();
        String[] userRoles = (String[]) roles.getArray();
        List<ProjectMember> members = new ArrayList<>(users.length);
        for (int i = 0; i < users.length; i++) {
            members.add(new ProjectMember(new UserId(users[i]), ProjectRole.fromWire(userRoles[i])));
        }
        return members;
    }
}
