package dev.storageshares.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.application.access.Caller;
import dev.storageshares.application.catalog.ContainerInput;
import dev.storageshares.application.catalog.ProjectInput;
import dev.storageshares.application.catalog.SaveContainer;
import dev.storageshares.application.catalog.SaveProject;
import dev.storageshares.application.incoming.IncomingShare;
import dev.storageshares.application.incoming.ListIncomingShares;
import dev.storageshares.application.memory.InMemoryStore;
import dev.storageshares.application.mount.ReconcileQueue;
import dev.storageshares.application.mount.Reconciler;
import dev.storageshares.application.share.CreateShareCommand;
import dev.storageshares.application.share.NewShareInput;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.mount.MountDriver;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountSpec;
import dev.storageshares.domain.share.EventPublisher;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareId;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding example, kept here so that it always compiles and works, and proof that
 * an embedded application is a whole product: with its background work started, an expired share
 * is unmounted and its events reach the publisher without any server around it.
 */
class EmbeddingExampleTest {
    /** Every apply the driver was asked for, in order: which container should mount which shares. */
    private final List<Map.Entry<String, List<ShareId>>> applies = new CopyOnWriteArrayList<>();
    private final List<ShareEvent> delivered = new CopyOnWriteArrayList<>();

    @Test
    void givenTheReadmeExampleWhenAShareExpiresThenItIsUnmountedAndItsEventsAreDelivered() throws Exception {
        // The embedder's own driver and publisher; the README leaves them to the reader.
        MountDriver driver = this::recordApply;
        EventPublisher publisher = delivered::add;

        // --- README example starts
        InMemoryStore store = new InMemoryStore();
        Clock clock = Clock.systemUTC();
        Reconciler reconciler = new Reconciler(store.shares(), store.receivers(), store.mountStates(), driver, clock);
        try (ReconcileQueue reconcile = new ReconcileQueue(reconciler, store.mountLocks(), 2);
             BackgroundWork background = BackgroundWork.start(new BackgroundWork.Ports(store.catalog(),
                     store.expiryClaims(), store.outbox(), publisher, reconcile, driver, clock),
                     BackgroundWork.Settings.defaults().withSweepInterval(Duration.ofSeconds(1)))) {
            // Any Bean Validation provider; Spring and Quarkus hand in the ValidatorFactory they already have.
            ValidatorFactory validation = Validation.byProvider(HibernateValidator.class).configure()
                    .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
            StorageShares app = StorageShares.wire(new StorageShares.Ports(store.catalog(), store.shares(),
                    store.queries(), store.history(), store.shareGroups(), store.shareBatches(), store.overrides(),
                    store.mountStates(), store.receivers(), reconcile, clock), validation);

            Caller admin = Caller.admin("platform");
            app.saveProject().handle(new SaveProject.Command(admin, "team-a", new ProjectInput("r1", "Team A",
                    List.of(new ProjectInput.MemberInput("alice", "owner")), List.of())));
            for (String id : List.of("web-1", "web-2")) {
                app.saveContainer().handle(new SaveContainer.Command(admin, id,
                        new ContainerInput("r1", "team-a", "alice", id, id, List.of())));
            }

            Caller alice = Caller.user("alice");
            long inTwoSeconds = Instant.now().plusSeconds(2).getEpochSecond();
            Share share = app.createShare().handle(new CreateShareCommand(alice, "web-1", new NewShareInput(
                    "/data/reports", "web-2", null, "readonly", "reports", null, null, null, inTwoSeconds, List.of())));
            List<IncomingShare> incoming = app.listIncomingShares().handle(new ListIncomingShares.Command(alice, "web-2"));
            // ... two seconds later the background work unmounts the share and publishes share.expired.
            // --- README example ends

            assertThat(incoming).extracting(IncomingShare::share).containsExactly(share);
            assertThat(share.mountPath()).isEqualTo("/mnt/shares/" + share.id());
            eventually(() -> deliveredTypes().contains(EventType.EXPIRED));
            eventually(() -> appliesTo("web-2").size() > 1 && appliesTo("web-2").get(appliesTo("web-2").size() - 1).isEmpty());
            assertThat(appliesTo("web-2")).as("mounted before it was unmounted").contains(List.of(share.id()));
            assertThat(deliveredTypes()).startsWith(EventType.CREATED).endsWith(EventType.EXPIRED).doesNotHaveDuplicates();
        }
    }

    private Map<ShareId, MountOutcome> recordApply(Container target, List<MountSpec> desired) {
        applies.add(Map.entry(target.id().value(), desired.stream().map(MountSpec::shareId).toList()));
        return desired.stream().collect(Collectors.toMap(MountSpec::shareId, spec -> MountOutcome.applied()));
    }

    private List<List<ShareId>> appliesTo(String container) {
        return applies.stream().filter(apply -> apply.getKey().equals(container)).map(Map.Entry::getValue).toList();
    }

    private List<EventType> deliveredTypes() {
        return delivered.stream().map(ShareEvent::type).toList();
    }

    /** Waits for background threads; the generous limit only bounds a hang, it measures nothing. */
    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition still false after 30 s").isBefore(deadline);
            Thread.sleep(20);
        }
    }
}
