package dev.storageshares.application.contract;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.ProjectMember;
import dev.storageshares.domain.catalog.ProjectRole;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.catalog.UserId;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.ExpiresAt;
import dev.storageshares.domain.share.Mode;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareTarget;
import dev.storageshares.domain.share.SourcePath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every storage contract starts from: a fresh, empty store with a small catalog. Realm r1:
 * project p1 (alice owner, vic viewer) with c1 (alice), c2, c3 (carol); project p2 (bob) with d1
 * (bob). Realm r2: project x1 (alice) with f1 (alice).
 *
 * <p>To run the contracts against your own adapter, extend each {@code …Contract} class and return
 * a fresh, empty store from {@link #newStorage()}.
 */
public abstract class StorageContract {
    protected static final Instant T0 = Instant.parse("2025-01-15T10:30:00.123Z");

    protected StoragePorts store;

    /** A store holding nothing; it will be filled by the contract. */
    protected abstract StoragePorts newStorage();

    @BeforeEach
    void seedCatalog() {
        store = newStorage();
        project("p1", "r1", member("alice", ProjectRole.OWNER), member("vic", ProjectRole.VIEWER));
        project("p2", "r1", member("bob", ProjectRole.OWNER));
        project("x1", "r2", member("alice", ProjectRole.OWNER));
        container("c1", "r1", "p1", "alice");
        container("c2", "r1", "p1", "carol");
        container("c3", "r1", "p1", "carol");
        container("d1", "r1", "p2", "bob");
        container("f1", "r2", "x1", "alice");
    }

    @AfterEach
    void releaseStorage() throws Exception {
        store.release().close();
    }

    protected static ProjectMember member(String user, ProjectRole role) {
        return new ProjectMember(new UserId(user), role);
    }

    protected void project(String id, String realm, ProjectMember... members) {
        store.catalog().saveProject(new Project(new ProjectId(id), new RealmId(realm), "Project " + id, List.of(members)));
    }

    protected Container container(String id, String realm, String project, String owner) {
        Container container = new Container(new ContainerId(id), new RealmId(realm), new ProjectId(project),
                new UserId(owner), id, id);
        store.catalog().saveContainer(container);
        return container;
    }

    protected Container container(String id) {
        return store.catalog().findContainer(new ContainerId(id)).orElseThrow();
    }

    protected static Share direct(String source, String path, String target, Instant createdAt) {
        return share(source, path, ShareTarget.of(new ContainerId(target), null), null, createdAt);
    }

    protected static Share toProject(String source, String path, String project, Instant createdAt) {
        return share(source, path, ShareTarget.of(null, new ProjectId(project)), null, createdAt);
    }

    protected static Share share(String source, String path, ShareTarget target, Instant expiresAt, Instant createdAt) {
        Share.Draft draft = new Share.Draft(new ContainerId(source), SourcePath.of(path), target, Mode.READONLY, null,
                null, null, true, expiresAt == null ? null : new ExpiresAt(expiresAt));
        return Share.create(ShareId.generate(createdAt), draft, new UserId("alice"), createdAt);
    }

    protected Share stored(Share share) {
        store.shares().insert(share, event(EventType.CREATED, share, share.createdAt()));
        return share;
    }

    protected static ShareEvent event(EventType type, Share share, Instant at) {
        return ShareEvent.of(type, share.id(), "alice", at, Map.of("note", type.wireName()));
    }
}
