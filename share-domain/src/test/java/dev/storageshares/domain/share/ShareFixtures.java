package dev.storageshares.domain.share;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.catalog.UserId;
import java.time.Instant;

/** Small builders so each test states only what matters to it. */
public final class ShareFixtures {
    public static final Instant NOW = Instant.parse("2025-01-15T10:30:00Z");

    private ShareFixtures() {
    }

    public static Container container(String id, String project) {
        return new Container(new ContainerId(id), new RealmId("r1"), new ProjectId(project), new UserId("owner-" + id),
                id, id);
    }

    public static Share direct(String source, String path, String target) {
        return share(source, path, ShareTarget.of(new ContainerId(target), null), null, NOW);
    }

    public static Share toProject(String source, String path, String project) {
        return share(source, path, ShareTarget.of(null, new ProjectId(project)), null, NOW);
    }

    public static Share share(String source, String path, ShareTarget target, ExpiresAt expiresAt, Instant createdAt) {
        Share.Draft draft = new Share.Draft(new ContainerId(source), SourcePath.of(path), target, Mode.READONLY, null,
                null, null, true, expiresAt);
        return Share.create(ShareId.generate(createdAt), draft, new UserId("u1"), createdAt);
    }
}
