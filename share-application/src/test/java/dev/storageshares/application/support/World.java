package dev.storageshares.application.support;

import dev.storageshares.application.StorageShares;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.catalog.ContainerInput;
import dev.storageshares.application.catalog.ProjectInput;
import dev.storageshares.application.catalog.SaveContainer;
import dev.storageshares.application.catalog.SaveProject;
import dev.storageshares.application.memory.InMemoryStore;
import dev.storageshares.application.share.CreateShareCommand;
import dev.storageshares.application.share.NewShareInput;
import dev.storageshares.domain.share.Share;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The application over an in-memory store with a small catalog: realm r1, project p1 (alice owner,
 * mia member, vic viewer) with containers web-1 (alice), web-2, web-3; project p2 (bob) with db-1;
 * project x1 in realm r2 (alice) with far-1.
 */
public final class World {
    public static final Instant START = Instant.parse("2025-01-15T10:30:00Z");
    public static final Caller ADMIN = Caller.admin("root");
    public static final Caller ALICE = Caller.user("alice");
    public static final Caller MIA = Caller.user("mia");
    public static final Caller VIC = Caller.user("vic");
    public static final Caller BOB = Caller.user("bob");
    public static final Caller EVE = Caller.user("eve");

    public final MutableClock clock = new MutableClock(START);
    public final InMemoryStore store = new InMemoryStore();
    public final RecordingReconcileRequests reconcile = new RecordingReconcileRequests();
    public final StorageShares app = StorageShares.wire(new StorageShares.Ports(store.catalog(), store.shares(),
            store.queries(), store.history(), store.shareGroups(), store.shareBatches(), store.overrides(),
            store.mountStates(), store.receivers(), reconcile, clock), Validators.factory());

    public World() {
        project("p1", "r1", "alice:owner", "mia:member", "vic:viewer");
        project("p2", "r1", "bob:owner");
        project("x1", "r2", "alice:owner");
        container("web-1", "r1", "p1", "alice");
        container("web-2", "r1", "p1", "carol");
        container("web-3", "r1", "p1", "carol");
        container("db-1", "r1", "p2", "bob");
        container("far-1", "r2", "x1", "alice");
        reconcile.takeRequested();
    }

    public void project(String id, String realm, String... members) {
        List<ProjectInput.MemberInput> parsed = Arrays.stream(members)
                .map(m -> new ProjectInput.MemberInput(m.split(":")[0], m.split(":")[1])).toList();
        app.saveProject().handle(new SaveProject.Command(ADMIN, id, new ProjectInput(realm, "Project " + id, parsed, List.of())));
    }

    /** A project that accepts share requests from other teams of its realm. */
    public void openProject(String id, String realm, String... members) {
        List<ProjectInput.MemberInput> parsed = Arrays.stream(members)
                .map(m -> new ProjectInput.MemberInput(m.split(":")[0], m.split(":")[1])).toList();
        app.saveProject().handle(new SaveProject.Command(ADMIN, id,
                new ProjectInput(realm, "Project " + id, parsed, true, List.of())));
    }

    public void container(String id, String realm, String project, String owner) {
        app.saveContainer().handle(new SaveContainer.Command(ADMIN, id,
                new ContainerInput(realm, project, owner, id, id, List.of())));
    }

    public static NewShareInput toContainer(String path, String target) {
        return new NewShareInput(path, target, null, "readonly", null, null, null, null, null, List.of());
    }

    public static NewShareInput toProject(String path, String project) {
        return new NewShareInput(path, null, project, "readonly", null, null, null, null, null, List.of());
    }

    public Share share(Caller caller, String source, NewShareInput input) {
        return app.createShare().handle(new CreateShareCommand(caller, source, input));
    }
}
