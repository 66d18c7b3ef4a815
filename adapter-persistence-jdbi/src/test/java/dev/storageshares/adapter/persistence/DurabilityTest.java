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
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shares written before the embedded server stops are there after it starts again on the same directory. */
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
}
