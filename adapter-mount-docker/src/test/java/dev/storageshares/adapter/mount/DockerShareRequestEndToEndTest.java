package dev.storageshares.adapter.mount;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.StorageShares;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.catalog.ContainerInput;
import dev.storageshares.application.catalog.ProjectInput;
import dev.storageshares.application.catalog.SaveContainer;
import dev.storageshares.application.catalog.SaveProject;
import dev.storageshares.application.memory.InMemoryStore;
import dev.storageshares.application.mount.Reconciler;
import dev.storageshares.application.request.DecideShareRequest;
import dev.storageshares.application.share.CreateShareCommand;
import dev.storageshares.application.share.NewShareInput;
import dev.storageshares.application.support.MutableClock;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Share requests over a real Docker engine: a request is mounted nowhere, even when its target is
 * reconciled, until a receiver approves it; a rejected one never is. Alice's project holds the
 * source; bob's project accepts requests and holds the target.
 */
class DockerShareRequestEndToEndTest {
    @RegisterExtension
    static final DockerFixture FIXTURE = new DockerFixture();
    private static final Caller ADMIN = Caller.admin("root");
    private static final Caller ALICE = Caller.user("alice");
    private static final Caller BOB = Caller.user("bob");

    private final MutableClock clock = new MutableClock(Instant.now());
    private final InMemoryStore store = new InMemoryStore();
    private Reconciler reconciler;
    private StorageShares app;
    private String aliceProject;
    private String bobProject;

    @BeforeEach
    void wire() {
        SynchronousApp wired = SynchronousApp.over(store, FIXTURE.recreateDriver(), clock);
        reconciler = wired.reconciler();
        app = wired.app();
        aliceProject = FIXTURE.name("alice");
        bobProject = FIXTURE.name("bob");
        app.saveProject().handle(new SaveProject.Command(ADMIN, aliceProject, new ProjectInput("r1", "A",
                List.of(new ProjectInput.MemberInput("alice", "owner")), List.of())));
        app.saveProject().handle(new SaveProject.Command(ADMIN, bobProject, new ProjectInput("r1", "B",
                List.of(new ProjectInput.MemberInput("bob", "owner")), true, List.of())));
    }

    private Container register(Container docker, String project, String owner) {
        app.saveContainer().handle(new SaveContainer.Command(ADMIN, docker.runtimeRef(), new ContainerInput("r1", project,
                owner, docker.runtimeRef(), docker.runtimeRef(), List.of())));
        return docker;
    }

    private Share request(Container source, Container target) {
        return app.createShare().handle(new CreateShareCommand(ALICE, source.runtimeRef(), new NewShareInput("/data",
                target.runtimeRef(), null, "readonly", null, null, null, null, null, List.of())));
    }

    private Share decide(Share share, DecideShareRequest.Verdict verdict) {
        return app.decideShareRequest().handle(new DecideShareRequest.Command(BOB, share.id().value(), verdict, null,
                List.of()));
    }

    @Test
    void aRequestIsMountedNowhereUntilApprovedThenMountedAtOnce() {
        Container source = register(FIXTURE.withVolume("/data", "a.txt", "asked-for"), aliceProject, "alice");
        Container target = register(FIXTURE.plain(), bobProject, "bob");
        String before = DockerFixture.inspect(target, "{{.Id}}");

        Share pending = request(source, target);
        reconciler.reconcile(target.id());

        assertThat(pending.status()).isEqualTo(ShareStatus.PENDING);
        assertThat(DockerFixture.read(target, pending.mountPath() + "/a.txt")).isEmpty();
        assertThat(DockerFixture.inspect(target, "{{.Id}}")).as("the target was left alone").isEqualTo(before);

        decide(pending, DecideShareRequest.Verdict.APPROVE);

        assertThat(DockerFixture.read(target, pending.mountPath() + "/a.txt")).contains("asked-for");
        assertThat(store.shares().findById(pending.id()).orElseThrow().status()).isEqualTo(ShareStatus.ACTIVE);
    }

    @Test
    void aRejectedRequestIsNeverMounted() {
        Container source = register(FIXTURE.withVolume("/data", "a.txt", "refused"), aliceProject, "alice");
        Container target = register(FIXTURE.plain(), bobProject, "bob");

        Share rejected = decide(request(source, target), DecideShareRequest.Verdict.REJECT);
        reconciler.reconcile(target.id());

        assertThat(rejected.status()).isEqualTo(ShareStatus.REJECTED);
        assertThat(DockerFixture.read(target, rejected.mountPath() + "/a.txt")).isEmpty();
    }
}
