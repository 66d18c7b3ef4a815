package dev.storageshares.adapter.mount;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.StorageShares;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.catalog.ContainerInput;
import dev.storageshares.application.catalog.DeleteContainer;
import dev.storageshares.application.catalog.ProjectInput;
import dev.storageshares.application.catalog.SaveContainer;
import dev.storageshares.application.catalog.SaveProject;
import dev.storageshares.application.expiry.ExpirySweeper;
import dev.storageshares.application.incoming.ToggleMount;
import dev.storageshares.application.memory.InMemoryStore;
import dev.storageshares.application.mount.DriftPass;
import dev.storageshares.application.mount.ReconcileQueue;
import dev.storageshares.application.mount.Reconciler;
import dev.storageshares.application.share.CreateShareCommand;
import dev.storageshares.application.share.DeleteShare;
import dev.storageshares.application.share.NewShareInput;
import dev.storageshares.application.share.SharePatchInput;
import dev.storageshares.application.share.UpdateShare;
import dev.storageshares.application.support.MutableClock;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.share.Change;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live mode over a real engine: every kind of change reaches a running target without restarting
 * it — same container id, same start time, same main PID — and readonly is the kernel's EROFS.
 * One source and two targets serve the tests that never replace a container (each test shares its
 * own directory of the source, and its own store plans only its own shares).
 */
class LiveEndToEndTest {
    private static final Caller ADMIN = Caller.admin("root");
    private static final Caller ALICE = Caller.user("alice");
    private static LiveFixture fixture;
    private static LiveMountDriver driver;
    private static Container sharedSource;
    private static Container first;
    private static Container second;

    private final MutableClock clock = new MutableClock(Instant.now());
    private final InMemoryStore store = new InMemoryStore();
    private Reconciler reconciler;
    private StorageShares app;
    private String project;
    private String directory;

    @BeforeAll
    static void engine() {
        DockerFixture.requireEngine();
        fixture = new LiveFixture();
        driver = new LiveMountDriver(DockerFixture.DOCKER_HOST, fixture.root());
        sharedSource = fixture.source("README", "one directory per test");
        first = fixture.target();
        second = fixture.target();
    }

    @AfterAll
    static void cleanUp() {
        if (driver != null) {
            driver.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @BeforeEach
    void wire() {
        SynchronousApp wired = SynchronousApp.over(store, driver, clock);
        reconciler = wired.reconciler();
        app = wired.app();
        project = fixture.name("proj");
        directory = fixture.name("d");
        app.saveProject().handle(new SaveProject.Command(ADMIN, project, new ProjectInput("r1", "P",
                List.of(new ProjectInput.MemberInput("alice", "owner")), List.of())));
    }

    private Container register(Container docker) {
        app.saveContainer().handle(new SaveContainer.Command(ADMIN, docker.runtimeRef(), new ContainerInput("r1", project,
                "alice", docker.runtimeRef(), docker.runtimeRef(), List.of())));
        return docker;
    }

    private Share share(Container source, Container target, String mode) {
        return share(source, "/data/" + directory, target, mode);
    }

    private Share share(Container source, String path, Container target, String mode) {
        return app.createShare().handle(new CreateShareCommand(ALICE, source.runtimeRef(), new NewShareInput(path,
                target.runtimeRef(), null, mode, null, null, null, null, null, List.of())));
    }

    /** The shared source, registered, with a fresh directory {@code /data/<dir>} holding a.txt. */
    private Container source(String content) {
        fixture.writeInSource(sharedSource, directory + "/a.txt", content);
        return register(sharedSource);
    }

    private void update(Container source, Share share, SharePatchInput patch) {
        app.updateShare().handle(new UpdateShare.Command(ALICE, source.runtimeRef(), share.id().value(), patch));
    }

    private static SharePatchInput mode(String mode) {
        return new SharePatchInput(Change.set(mode), Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), List.of());
    }

    private static SharePatchInput enabled(boolean enabled) {
        return new SharePatchInput(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.set(enabled),
                Change.keep(), List.of());
    }

    private Share stored(Share share) {
        return store.shares().findById(share.id()).orElseThrow();
    }

    private static String file(Share share) {
        return share.mountPath() + "/a.txt";
    }

    @Test
    void aNewShareAppearsInTheRunningTargetAndReadonlyRefusesWritesWithErofs() {
        Container source = source("live");
        Container target = register(first);
        String before = LiveFixture.identity(target);

        Share share = share(source, target, "readonly");

        assertThat(DockerFixture.read(target, file(share))).contains("live");
        assertThat(LiveFixture.writeError(target, share.mountPath() + "/b.txt")).contains("Read-only file system");
        assertThat(stored(share).status()).isEqualTo(ShareStatus.ACTIVE);
        assertThat(LiveFixture.identity(target)).isEqualTo(before);
    }

    @Test
    void aModeChangeReplacesTheMountLiveBothWays() {
        Container source = source("x");
        Container target = register(first);
        Share share = share(source, target, "readonly");
        String before = LiveFixture.identity(target);

        update(source, share, mode("readwrite"));
        assertThat(LiveFixture.writeError(target, share.mountPath() + "/b.txt")).isEmpty();
        assertThat(DockerFixture.read(source, "/data/" + directory + "/b.txt")).contains("x\n");

        update(source, share, mode("readonly"));
        assertThat(LiveFixture.writeError(target, share.mountPath() + "/c.txt")).contains("Read-only file system");
        assertThat(LiveFixture.identity(target)).isEqualTo(before);
    }

    @Test
    void theReceiversSwitchUnmountsAndMountsLive() {
        Container source = source("hi");
        Container target = register(first);
        Share share = share(source, target, "readonly");
        String before = LiveFixture.identity(target);

        app.toggleMount().handle(new ToggleMount.Command(ALICE, target.runtimeRef(), share.id().value(), false, List.of()));
        assertThat(DockerFixture.read(target, file(share))).isEmpty();

        app.toggleMount().handle(new ToggleMount.Command(ALICE, target.runtimeRef(), share.id().value(), true, List.of()));
        assertThat(DockerFixture.read(target, file(share))).contains("hi");
        assertThat(LiveFixture.identity(target)).isEqualTo(before);
    }

    @Test
    void theCreatorsSwitchUnmountsAndMountsLive() {
        Container source = source("on");
        Container target = register(first);
        Share share = share(source, target, "readwrite");
        String before = LiveFixture.identity(target);

        update(source, share, enabled(false));
        assertThat(DockerFixture.read(target, file(share))).isEmpty();

        update(source, share, enabled(true));
        assertThat(DockerFixture.read(target, file(share))).contains("on");
        assertThat(LiveFixture.identity(target)).isEqualTo(before);
    }

    @Test
    void deletingAShareUnmountsItLive() {
        Container source = source("bye");
        Container target = register(first);
        Share share = share(source, target, "readonly");
        String before = LiveFixture.identity(target);

        app.deleteShare().handle(new DeleteShare.Command(ALICE, share.id().value()));

        assertThat(DockerFixture.read(target, file(share))).isEmpty();
        assertThat(DockerFixture.exec(target.runtimeRef(), "ls", "/mnt/shares").output()).doesNotContain(share.id().value());
        assertThat(LiveFixture.identity(target)).isEqualTo(before);
    }

    @Test
    void anExpiredShareIsUnmountedLiveByTheSweep() {
        Container source = source("soon gone");
        Container target = register(first);
        long expiry = clock.instant().plusSeconds(60).getEpochSecond();
        Share share = app.createShare().handle(new CreateShareCommand(ALICE, source.runtimeRef(), new NewShareInput(
                "/data/" + directory, target.runtimeRef(), null, "readonly", null, null, null, null, expiry, List.of())));
        assertThat(DockerFixture.read(target, file(share))).contains("soon gone");
        String before = LiveFixture.identity(target);

        clock.advance(Duration.ofSeconds(61));
        new ExpirySweeper(store.catalog(), store.expiryClaims(), containers -> containers.forEach(reconciler::reconcile), clock,
                Duration.ofHours(24)).sweepOnce();

        assertThat(DockerFixture.read(target, file(share))).isEmpty();
        assertThat(LiveFixture.identity(target)).isEqualTo(before);
    }

    @Test
    void aProjectShareReachesSeveralRunningContainersWithoutRestartingAny() {
        Container source = source("all");
        register(first);
        register(second);
        String firstBefore = LiveFixture.identity(first);
        String secondBefore = LiveFixture.identity(second);

        Share share = app.createShare().handle(new CreateShareCommand(ALICE, source.runtimeRef(), new NewShareInput(
                "/data/" + directory, null, project, "readonly", null, null, null, null, null, List.of())));

        assertThat(DockerFixture.read(first, file(share))).contains("all");
        assertThat(DockerFixture.read(second, file(share))).contains("all");
        assertThat(LiveFixture.writeError(second, share.mountPath() + "/b.txt")).contains("Read-only file system");
        assertThat(LiveFixture.identity(first)).isEqualTo(firstBefore);
        assertThat(LiveFixture.identity(second)).isEqualTo(secondBefore);
    }

    @Test
    void aTargetWithoutThePropagationMountIsRecreatedOnceAndThenChangesAreLive() {
        Container source = source("once");
        Container target = register(fixture.plainTarget());
        String original = LiveFixture.identity(target);

        Share once = share(source, target, "readonly");
        assertThat(DockerFixture.read(target, file(once))).contains("once");
        String afterRecreate = LiveFixture.identity(target);
        assertThat(afterRecreate).isNotEqualTo(original);

        Share second = share(source, "/data", target, "readwrite");
        assertThat(DockerFixture.read(target, second.mountPath() + "/" + directory + "/a.txt")).contains("once");
        app.deleteShare().handle(new DeleteShare.Command(ALICE, once.id().value()));
        assertThat(DockerFixture.read(target, file(once))).isEmpty();
        assertThat(LiveFixture.identity(target)).isEqualTo(afterRecreate);
    }

    @Test
    void aTargetThatMustNotBeRecreatedFailsItsSharesWithWhatIsMissing() {
        Container source = source("x");
        Container target = register(fixture.plainTarget(LiveMountDriver.NO_RECREATE_LABEL, "never"));
        String before = LiveFixture.identity(target);

        Share share = share(source, target, "readonly");

        assertThat(stored(share).status()).isEqualTo(ShareStatus.FAILED);
        assertThat(stored(share).statusMessage().orElseThrow())
                .contains("no propagation mount").contains(":/mnt/shares:rslave").contains("=never");
        assertThat(LiveFixture.identity(target)).isEqualTo(before);
    }

    @Test
    void aTargetRecreatedBySomeoneElseWithItsPropagationMountGetsItsSharesBack() throws Exception {
        Container source = source("healed");
        Container target = register(fixture.target());
        Share share = share(source, target, "readonly");
        String mounts = DockerFixture.inspect(target, "{{range .HostConfig.Binds}}{{.}}{{end}}");
        DockerFixture.docker("rm", "-f", target.runtimeRef()).orThrow();
        fixture.unmountEverythingOnTheHost();
        DockerFixture.docker("run", "-d", "--name", target.runtimeRef(), "--label", DockerFixture.LABEL + "=" + "relive",
                "-v", mounts, DockerFixture.IMAGE, DockerFixture.IDLE[0], DockerFixture.IDLE[1], DockerFixture.IDLE[2]).orThrow();
        String replacement = LiveFixture.identity(target);
        assertThat(DockerFixture.read(target, file(share))).isEmpty();

        try {
            driftPass();

            assertThat(DockerFixture.read(target, file(share))).contains("healed");
            assertThat(LiveFixture.identity(target)).isEqualTo(replacement);
        } finally {
            DockerFixture.docker("rm", "-f", target.runtimeRef());
        }
    }

    @Test
    void mountsRemovedBehindTheServersBackAreRestoredByTheDriftPass() throws Exception {
        Container source = source("restored");
        Container target = register(first);
        Share share = share(source, target, "readonly");
        String before = LiveFixture.identity(target);

        fixture.unmountEverythingOnTheHost();
        assertThat(DockerFixture.read(target, file(share))).isEmpty();
        driftPass();

        assertThat(DockerFixture.read(target, file(share))).contains("restored");
        assertThat(LiveFixture.writeError(target, share.mountPath() + "/b.txt")).contains("Read-only file system");
        assertThat(LiveFixture.identity(target)).isEqualTo(before);
    }

    @Test
    void aTargetDeletedFromTheCatalogKeepsNoMountOnTheHost() {
        Container source = source("left behind?");
        Container target = register(fixture.target());
        Share share = share(source, target, "readonly");
        assertThat(DockerFixture.read(target, file(share))).contains("left behind?");
        assertThat(fixture.hostMountsOf(target)).isNotEmpty();

        app.deleteContainer().handle(new DeleteContainer.Command(ADMIN, target.runtimeRef()));

        assertThat(fixture.hostMountsOf(target)).isEmpty();
        assertThat(Path.of(fixture.root(), "targets", target.id().value())).doesNotExist();
        assertThat(DockerFixture.read(target, file(share))).isEmpty();
    }

    private void driftPass() throws InterruptedException {
        try (ReconcileQueue queue = new ReconcileQueue(reconciler, store.mountLocks(), 2)) {
            new DriftPass(store.catalog(), queue, 2).runOnce();
            assertThat(queue.awaitBacklogBelow(1, Duration.ofMinutes(1))).isTrue();
        }
    }
}
