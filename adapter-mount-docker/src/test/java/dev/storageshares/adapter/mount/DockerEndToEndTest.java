package dev.storageshares.adapter.mount;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
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
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.share.Change;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testcontainers.containers.Network;

/**
 * The whole application over a real Docker engine: what the use cases decide is what running
 * containers see. Reconciles run synchronously here so each step can be checked right after.
 */
class DockerEndToEndTest {
    @RegisterExtension
    static final DockerFixture FIXTURE = new DockerFixture();
    private static final Caller ADMIN = Caller.admin("root");
    private static final Caller ALICE = Caller.user("alice");

    private final MutableClock clock = new MutableClock(Instant.now());
    private final InMemoryStore store = new InMemoryStore();
    private Reconciler reconciler;
    private StorageShares app;
    private String project;

    @BeforeEach
    void wire() {
        SynchronousApp wired = SynchronousApp.over(store, FIXTURE.recreateDriver(), clock);
        reconciler = wired.reconciler();
        app = wired.app();
        project = FIXTURE.name("proj");
        app.saveProject().handle(new SaveProject.Command(ADMIN, project, new ProjectInput("r1", "P",
                List.of(new ProjectInput.MemberInput("alice", "owner")), List.of())));
    }

    private Container register(Container docker) {
        app.saveContainer().handle(new SaveContainer.Command(ADMIN, docker.runtimeRef(), new ContainerInput("r1", project,
                "alice", docker.runtimeRef(), docker.runtimeRef(), List.of())));
        return docker;
    }

    private Share share(Container source, String path, String target, String targetProject, String mode) {
        return app.createShare().handle(new CreateShareCommand(ALICE, source.runtimeRef(), new NewShareInput(path, target,
                targetProject, mode, null, null, null, null, null, List.of())));
    }

    private Share stored(Share share) {
        return store.shares().findById(share.id()).orElseThrow();
    }

    private static String file(Share share, String name) {
        return share.mountPath() + "/" + name;
    }

    @Test
    void aReadonlyShareBecomesReadwriteWhenTheCreatorSaysSo() {
        Container source = register(FIXTURE.withVolume("/data", "a.txt", "from-source"));
        Container target = register(FIXTURE.plain());
        Share share = share(source, "/data", target.runtimeRef(), null, "readonly");
        assertThat(DockerFixture.read(target, file(share, "a.txt"))).contains("from-source");
        assertThat(DockerFixture.write(target, file(share, "b.txt"), "x")).isFalse();

        app.updateShare().handle(new UpdateShare.Command(ALICE, source.runtimeRef(), share.id().value(), new SharePatchInput(
                Change.set("readwrite"), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), List.of())));

        assertThat(DockerFixture.write(target, file(share, "b.txt"), "from-target")).isTrue();
        assertThat(DockerFixture.read(source, "/data/b.txt")).contains("from-target");
    }

    @Test
    void theReceiversSwitchRemovesAndRestoresTheMount() {
        Container source = register(FIXTURE.withVolume("/data", "a.txt", "hi"));
        Container target = register(FIXTURE.plain());
        Share share = share(source, "/data", target.runtimeRef(), null, "readonly");

        app.toggleMount().handle(new ToggleMount.Command(ALICE, target.runtimeRef(), share.id().value(), false, List.of()));
        assertThat(DockerFixture.read(target, file(share, "a.txt"))).isEmpty();

        app.toggleMount().handle(new ToggleMount.Command(ALICE, target.runtimeRef(), share.id().value(), true, List.of()));
        assertThat(DockerFixture.read(target, file(share, "a.txt"))).contains("hi");
    }

    @Test
    void aProjectShareReachesEveryContainerButTheSource() {
        Container source = register(FIXTURE.withVolume("/shared", "a.txt", "all"));
        Container first = register(FIXTURE.plain());
        Container second = register(FIXTURE.plain());

        Share share = share(source, "/shared", null, project, "readonly");

        assertThat(DockerFixture.read(first, file(share, "a.txt"))).contains("all");
        assertThat(DockerFixture.read(second, file(share, "a.txt"))).contains("all");
        assertThat(DockerFixture.read(source, file(share, "a.txt"))).isEmpty();
    }

    @Test
    void deletingAShareUnmountsIt() {
        Container source = register(FIXTURE.withVolume("/data", "a.txt", "bye"));
        Container target = register(FIXTURE.plain());
        Share share = share(source, "/data", target.runtimeRef(), null, "readonly");

        app.deleteShare().handle(new DeleteShare.Command(ALICE, share.id().value()));

        assertThat(DockerFixture.read(target, file(share, "a.txt"))).isEmpty();
    }

    @Test
    void anExpiredShareIsUnmountedByTheSweep() {
        Container source = register(FIXTURE.withVolume("/data", "a.txt", "soon gone"));
        Container target = register(FIXTURE.plain());
        long expiry = clock.instant().plusSeconds(60).getEpochSecond();
        Share share = app.createShare().handle(new CreateShareCommand(ALICE, source.runtimeRef(), new NewShareInput(
                "/data", target.runtimeRef(), null, "readonly", null, null, null, null, expiry, List.of())));
        assertThat(DockerFixture.read(target, file(share, "a.txt"))).contains("soon gone");

        clock.advance(Duration.ofSeconds(61));
        new ExpirySweeper(store.catalog(), store.expiryClaims(), containers -> containers.forEach(reconciler::reconcile), clock,
                Duration.ofHours(24)).sweepOnce();

        assertThat(DockerFixture.read(target, file(share, "a.txt"))).isEmpty();
    }

    @Test
    void anImageLayerPathFailsTheShareAndSharingAVolumeLaterWorks() {
        Container source = register(FIXTURE.withVolume("/data", "a.txt", "x"));
        Container target = register(FIXTURE.plain());

        Share broken = share(source, "/etc", target.runtimeRef(), null, "readonly");

        assertThat(stored(broken).status()).isEqualTo(ShareStatus.FAILED);
        assertThat(stored(broken).statusMessage().orElseThrow()).contains("/etc is not on a volume or bind mount");

        app.deleteShare().handle(new DeleteShare.Command(ALICE, broken.id().value()));
        Share fixed = share(source, "/data", target.runtimeRef(), null, "readonly");
        assertThat(stored(fixed).status()).isEqualTo(ShareStatus.ACTIVE);
    }

    @Test
    void aFailedShareRecoversWhenItsSourceReturns() {
        Container source = register(FIXTURE.withVolume("/data", "a.txt", "back"));
        Container target = register(FIXTURE.plain());
        Share share = share(source, "/data", target.runtimeRef(), null, "readonly");
        DockerFixture.docker("stop", "-t", "1", source.runtimeRef()).orThrow();
        reconciler.reconcile(new ContainerId(target.runtimeRef()));
        assertThat(stored(share).status()).isEqualTo(ShareStatus.FAILED);

        DockerFixture.docker("start", source.runtimeRef()).orThrow();
        reconciler.reconcile(new ContainerId(target.runtimeRef()));

        assertThat(stored(share).status()).isEqualTo(ShareStatus.ACTIVE);
    }

    @Test
    void recreatingATargetKeepsItsSettingsAndItsOwnData() {
        String network = FIXTURE.name("net");
        Network shared = Network.builder().createNetworkCmdModifier(cmd -> cmd.withName(network)).build();
        shared.getId(); // creates it, so the target can join it by name
        try {
            Container source = register(FIXTURE.withVolume("/data", "a.txt", "x"));
            Container target = register(FIXTURE.withVolume("/own", "keep.txt", "mine", container -> container
                    .withEnv("APP_MODE", "blue").withLabel("team", "storage")
                    .withWorkingDirectory("/own")
                    // Joined by name in the create command: through withNetwork/withNetworkAliases the alias
                    // did not reach Debian's engine (20.10).
                    .withCreateContainerCmdModifier(cmd -> cmd.withAliases("api-alias").withExposedPorts(ExposedPort.tcp(8080))
                            .getHostConfig().withNetworkMode(network)
                            .withPortBindings(new PortBinding(Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(8080)))
                            .withRestartPolicy(RestartPolicy.unlessStoppedRestart()))));

            share(source, "/data", target.runtimeRef(), null, "readonly");

            assertThat(DockerFixture.read(target, "/own/keep.txt")).contains("mine");
            assertThat(DockerFixture.inspect(target, "{{.Config.Env}}")).contains("APP_MODE=blue");
            assertThat(DockerFixture.inspect(target, "{{index .Config.Labels \"team\"}}")).isEqualTo("storage");
            assertThat(DockerFixture.inspect(target, "{{.HostConfig.RestartPolicy.Name}}")).isEqualTo("unless-stopped");
            assertThat(DockerFixture.inspect(target, "{{.HostConfig.PortBindings}}")).contains("8080/tcp").contains("127.0.0.1");
            assertThat(DockerFixture.inspect(target, "{{.Config.WorkingDir}}")).isEqualTo("/own");
            assertThat(DockerFixture.inspect(target, "{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.Aliases}} {{end}}"))
                    .contains(network).contains("api-alias");
            assertThat(DockerFixture.inspect(target, "{{.State.Running}}")).isEqualTo("true");
        } finally {
            // The network can only go once no container is attached to it.
            FIXTURE.removeAll();
            shared.close();
        }
    }

    @Test
    void aTargetRecreatedWithoutItsSharesGetsThemBackOnTheNextDriftPass() throws Exception {
        Container source = register(FIXTURE.withVolume("/data", "a.txt", "healed"));
        Container target = register(FIXTURE.plain());
        Share share = share(source, "/data", target.runtimeRef(), null, "readonly");
        DockerFixture.docker("rm", "-f", target.runtimeRef()).orThrow();
        FIXTURE.start(target.runtimeRef(), container -> { });
        assertThat(DockerFixture.read(target, file(share, "a.txt"))).isEmpty();

        try (ReconcileQueue queue = new ReconcileQueue(reconciler, store.mountLocks(), 2)) {
            new DriftPass(store.catalog(), queue, 2).runOnce();
            assertThat(queue.awaitBacklogBelow(1, Duration.ofMinutes(1))).isTrue();
        }

        assertThat(DockerFixture.read(target, file(share, "a.txt"))).contains("healed");
    }

    @Test
    void deletingTheSourceFromTheCatalogUnmountsItsShares() {
        Container source = register(FIXTURE.withVolume("/data", "a.txt", "x"));
        Container target = register(FIXTURE.plain());
        Share share = share(source, "/data", target.runtimeRef(), null, "readonly");

        app.deleteContainer().handle(new DeleteContainer.Command(ADMIN, source.runtimeRef()));

        assertThat(DockerFixture.read(target, file(share, "a.txt"))).isEmpty();
    }
}
