package dev.storageshares.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.catalog.UserId;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Mode;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareTarget;
import dev.storageshares.domain.share.SourcePath;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Shares written before the embedded server stops are there after it starts again on the same
 * directory; the default is durable; a killed owner's PostgreSQL does not block the next start,
 * while a live owner's still does.
 */
class DurabilityTest {
    private static final Instant NOW = Instant.parse("2025-01-15T10:30:00Z");

    @Test
    void sharesSurviveARestartOfTheEmbeddedDatabase() throws Exception {
        Path dataDir = TestDatabases.newDataDir();
        Share share;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
             PostgresStorage storage = PostgresStorage.connect(database.jdbcUrl(), database.user(), database.password())) {
            storage.migrate();
            storage.catalog().saveProject(new Project(new ProjectId("p"), new RealmId("r"), "P", List.of()));
            for (String id : List.of("a", "b")) {
                storage.catalog().saveContainer(new Container(new ContainerId(id), new RealmId("r"), new ProjectId("p"),
                        new UserId("u"), id, id));
            }
            share = Share.create(ShareId.generate(NOW), new Share.Draft(new ContainerId("a"), SourcePath.of("/data"),
                    ShareTarget.of(new ContainerId("b"), null), Mode.READWRITE, null, null, null, true, null),
                    new UserId("u"), NOW);
            storage.shares().insert(share, ShareEvent.of(EventType.CREATED, share.id(), "u", NOW, Map.of()));
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
             PostgresStorage storage = PostgresStorage.connect(database.jdbcUrl(), database.user(), database.password())) {
            storage.migrate();
            assertThat(storage.shares().findById(share.id())).contains(share);
        }
    }

    @Test
    void aSecondServerOnTheSameDataDirectoryIsRefusedWithAClearMessage() throws Exception {
        Path dataDir = TestDatabases.newDataDir();
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
            assertThat(first.jdbcUrl()).startsWith("jdbc:postgresql://");
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another process");
        }
    }

    @Test
    void givenTheDefaultStartThenEveryCrashSafetySettingIsOn() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(TestDatabases.newDataDir());
             Connection connection = DriverManager.getConnection(database.jdbcUrl());
             Statement statement = connection.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet row = statement.executeQuery("show " + setting)) {
                    row.next();
                    assertThat(row.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    @Test
    void givenTheOwnerWasKilledThenTheNextStartStopsItsOrphanedPostgresAndStartsAtOnce() throws Exception {
        Path dataDir = TestDatabases.newDataDir();
        Process owner = holdInAnotherProcess(dataDir);
        long orphanPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        owner.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("kill -9 leaves postgres running").contains(true);

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            assertThat(database.jdbcUrl()).startsWith("jdbc:postgresql://");
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        }
    }

    @Test
    void givenALiveOwnerInAnotherProcessThenStartIsRefusedAndItsPostgresKeepsRunning() throws Exception {
        Path dataDir = TestDatabases.newDataDir();
        Process owner = holdInAnotherProcess(dataDir);
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another process");
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
        } finally {
            owner.destroy();
            owner.waitFor();
            OrphanedPostmaster.stopIfRunning(dataDir);
        }
    }

    @Test
    void givenAPidFileNamingAnUnrelatedLiveProcessThenStartIgnoresIt() throws Exception {
        Path dataDir = TestDatabases.newDataDir();
        try (EmbeddedDatabase first = EmbeddedDatabase.startThrowaway(dataDir)) {
            assertThat(first.jdbcUrl()).isNotEmpty();
        }
        Files.writeString(dataDir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dataDir + "\n");

        try (EmbeddedDatabase database = EmbeddedDatabase.startThrowaway(dataDir)) {
            assertThat(ProcessHandle.current().isAlive()).as("this JVM was not taken for a postgres").isTrue();
            assertThat(database.jdbcUrl()).startsWith("jdbc:postgresql://");
        }
    }

    private static Process holdInAnotherProcess(Path dataDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldsEmbeddedDatabase.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.contains(HoldsEmbeddedDatabase.READY)) {
                Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        process.waitFor(10, TimeUnit.SECONDS);
        throw new IllegalStateException("the holder process exited before its database was ready");
    }
}
