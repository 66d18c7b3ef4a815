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
import dev.storageshares.application.mount.PlanOnlyMountDriver;
import dev.storageshares.application.mount.ReconcileQueue;
import dev.storageshares.application.mount.Reconciler;
import dev.storageshares.application.share.CreateShareCommand;
import dev.storageshares.application.share.NewShareInput;
import dev.storageshares.domain.share.Share;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's embedding example, kept here so that it always compiles and works. */
class EmbeddingExampleTest {

    @Test
    void theReadmeExampleSharesADirectoryAndTheReceiverSeesIt() throws Exception {
        // --- README example starts
        InMemoryStore store = new InMemoryStore();
        Clock clock = Clock.systemUTC();
        Reconciler reconciler = new Reconciler(store.shares(), store.receivers(),
                store.mountStates(), new PlanOnlyMountDriver(), clock);
        try (ReconcileQueue reconcile = new ReconcileQueue(reconciler, store.mountLocks(), 2)) {
            StorageShares app = StorageShares.wire(new StorageShares.Ports(
                    store.catalog(), store.shares(), store.shareGroups(), store.shareBatches(), store.overrides(), store.mountStates(),
                    store.receivers(), reconcile, clock));

            Caller admin = Caller.admin("platform");
            app.saveProject().handle(new SaveProject.Command(admin, "team-a", new ProjectInput("r1", "Team A",
                    List.of(new ProjectInput.MemberInput("alice", "owner")), List.of())));
            for (String id : List.of("web-1", "web-2")) {
                app.saveContainer().handle(new SaveContainer.Command(admin, id,
                        new ContainerInput("r1", "team-a", "alice", id, id, List.of())));
            }

            Caller alice = Caller.user("alice");
            Share share = app.createShare().handle(new CreateShareCommand(alice, "web-1", new NewShareInput(
                    "/data/reports", "web-2", null, "readonly", "reports", null, null, null, null, List.of())));
            List<IncomingShare> incoming = app.listIncomingShares().handle(new ListIncomingShares.Command(alice, "web-2"));
            // --- README example ends

            assertThat(incoming).extracting(IncomingShare::share).containsExactly(share);
            assertThat(share.mountPath()).isEqualTo("/mnt/shares/" + share.id());
        }
    }
}
