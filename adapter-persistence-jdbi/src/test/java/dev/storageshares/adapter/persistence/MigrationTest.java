package dev.storageshares.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationTest {

    @Test
    void migratingTwiceChangesNothingAndLeavesTheTablesTheCodeUses() throws Exception {
        String url = TestDatabases.freshUrl();
        try (PostgresStorage storage = PostgresStorage.connect(url, TestDatabases.server().user(), null)) {
            storage.migrate();
            List<String> before = tables(url);
            storage.migrate();

            assertThat(tables(url)).isEqualTo(before).contains("projects", "project_members", "containers", "shares",
                    "mount_overrides", "mount_states", "share_events");
            assertThat(storage.isReachable()).isTrue();
        }
    }

    private static List<String> tables(String url) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, TestDatabases.server().user(), null);
             ResultSet rs = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
