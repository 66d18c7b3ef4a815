package dev.storageshares.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareStatus;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A database made before share requests existed upgrades with a plain migrate, losing nothing. */
class ShareRequestsMigrationTest {

    @Test
    void givenADatabaseAtTheFirstSchemaWithData_whenMigrated_thenEveryRowSurvivesWithoutRequestsOrDecisions()
            throws Exception {
        String url = TestDatabases.emptyUrl();
        String user = TestDatabases.server().user();
        Flyway.configure().dataSource(url, user, null).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, null);
             Statement sql = connection.createStatement()) {
            sql.execute("insert into projects (id, realm_id, name) values ('p1', 'r1', 'Team')");
            sql.execute("insert into project_members values ('p1', 'alice', 'owner')");
            sql.execute("insert into containers values ('c1', 'r1', 'p1', 'alice', 'web-1', 'web-1'),"
                    + " ('c2', 'r1', 'p1', 'alice', 'web-2', 'web-2')");
            sql.execute("insert into shares (id, source_container_id, source_path, target_type, target_container_id, "
                    + "mode, enabled, status, status_message, created_by, created_at, updated_at) values "
                    + "('0123456789abcdef01234567', 'c1', '/data', 'container', 'c2', 'readonly', true, 'failed', "
                    + "'no volume', 'alice', now(), now())");
        }

        try (PostgresStorage storage = PostgresStorage.connect(url, user, null)) {
            storage.migrate();

            Project project = storage.catalog().findProject(new ProjectId("p1")).orElseThrow();
            assertThat(project.acceptsShareRequests()).isFalse();
            assertThat(project.members()).hasSize(1);
            Share share = storage.shares().findById(new ShareId("0123456789abcdef01234567")).orElseThrow();
            assertThat(share.status()).isEqualTo(ShareStatus.FAILED);
            assertThat(share.statusMessage()).contains("no volume");
            assertThat(share.decision()).isEmpty();
            assertThat(Flyway.configure().dataSource(url, user, null).locations("classpath:db/migration").load()
                    .info().pending()).isEmpty();
        }
    }
}
