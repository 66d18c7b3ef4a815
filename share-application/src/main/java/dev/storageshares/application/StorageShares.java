package dev.storageshares.application;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.catalog.DeleteContainer;
import dev.storageshares.application.catalog.DeleteProject;
import dev.storageshares.application.catalog.GetContainer;
import dev.storageshares.application.catalog.GetProject;
import dev.storageshares.application.catalog.SaveContainer;
import dev.storageshares.application.catalog.SaveProject;
import dev.storageshares.application.incoming.GetContainerMounts;
import dev.storageshares.application.incoming.ListAllIncomingShares;
import dev.storageshares.application.incoming.ListIncomingShares;
import dev.storageshares.application.incoming.RealisedMounts;
import dev.storageshares.application.incoming.ToggleMount;
import dev.storageshares.application.mount.ReconcileRequests;
import dev.storageshares.application.request.DecideShareRequest;
import dev.storageshares.application.request.ListShareRequests;
import dev.storageshares.application.share.CreateShare;
import dev.storageshares.application.share.CreateShares;
import dev.storageshares.application.share.DeleteShare;
import dev.storageshares.application.share.GetShare;
import dev.storageshares.application.share.GetShareHistory;
import dev.storageshares.application.share.ListAllOutgoingGroups;
import dev.storageshares.application.share.ListAllOutgoingShares;
import dev.storageshares.application.share.ListOutgoingGroups;
import dev.storageshares.application.share.ListOutgoingShares;
import dev.storageshares.application.share.UpdateShare;
import dev.storageshares.application.validation.CommandValidator;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.mount.MountOverrides;
import dev.storageshares.domain.mount.MountStates;
import dev.storageshares.domain.mount.Receivers;
import dev.storageshares.domain.share.ShareBatches;
import dev.storageshares.domain.share.ShareGroups;
import dev.storageshares.domain.share.ShareHistory;
import dev.storageshares.domain.share.ShareQueries;
import dev.storageshares.domain.share.ShareRepository;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;

/**
 * Every use case, built once from the ports. This is what a REST adapter or an embedding service
 * holds; it adds no behaviour of its own.
 */
public record StorageShares(
        CreateShare createShare,
        CreateShares createShares,
        GetShare getShare,
        ListOutgoingShares listOutgoingShares,
        ListAllOutgoingShares listAllOutgoingShares,
        ListOutgoingGroups listOutgoingGroups,
        ListAllOutgoingGroups listAllOutgoingGroups,
        UpdateShare updateShare,
        DeleteShare deleteShare,
        GetShareHistory getShareHistory,
        ListIncomingShares listIncomingShares,
        ListAllIncomingShares listAllIncomingShares,
        ToggleMount toggleMount,
        GetContainerMounts getContainerMounts,
        RealisedMounts realisedMounts,
        ListShareRequests listShareRequests,
        DecideShareRequest decideShareRequest,
        SaveProject saveProject,
        GetProject getProject,
        DeleteProject deleteProject,
        SaveContainer saveContainer,
        GetContainer getContainer,
        DeleteContainer deleteContainer) {

    /** The ports the use cases need; {@code reconcile} hears about every change that alters mounts. */
    public record Ports(ContainerCatalog catalog, ShareRepository shares, ShareQueries queries, ShareHistory history,
                        ShareGroups groups, ShareBatches batches, MountOverrides overrides, MountStates states,
                        Receivers receivers, ReconcileRequests reconcile, Clock clock) {
    }

    /**
     * @param validation the Bean Validation provider that judges every incoming command (an embedder
     *                   passes its framework's; the server passes the REST adapter's); the use cases
     *                   validate with the ports' clock
     */
    public static StorageShares wire(Ports p, ValidatorFactory validation) {
        AccessPolicy policy = new AccessPolicy();
        CommandValidator validator = new CommandValidator(validation, p.clock());
        return new StorageShares(
                new CreateShare(p.catalog(), policy, p.shares(), p.reconcile(), p.clock(), validator),
                new CreateShares(p.catalog(), policy, p.shares(), p.batches(), p.reconcile(), p.clock(), validator),
                new GetShare(p.catalog(), policy, p.shares()),
                new ListOutgoingShares(p.catalog(), policy, p.queries(), p.clock()),
                new ListAllOutgoingShares(p.queries(), p.clock()),
                new ListOutgoingGroups(p.catalog(), policy, p.groups(), p.clock()),
                new ListAllOutgoingGroups(p.groups(), p.clock()),
                new UpdateShare(p.catalog(), policy, p.shares(), p.reconcile(), p.clock(), validator),
                new DeleteShare(p.catalog(), policy, p.shares(), p.reconcile(), p.clock()),
                new GetShareHistory(p.catalog(), policy, p.shares(), p.history()),
                new ListIncomingShares(p.receivers(), policy, p.clock()),
                new ListAllIncomingShares(p.queries(), p.clock()),
                new ToggleMount(p.catalog(), policy, p.shares(), p.overrides(), p.reconcile(), p.clock(), validator),
                new GetContainerMounts(p.receivers(), policy, p.clock()),
                new RealisedMounts(p.catalog(), policy, p.queries(), p.overrides(), p.states(), p.clock()),
                new ListShareRequests(p.queries(), p.clock()),
                new DecideShareRequest(p.catalog(), policy, p.shares(), p.reconcile(), p.clock(), validator),
                new SaveProject(p.catalog(), validator),
                new GetProject(p.catalog()),
                new DeleteProject(p.catalog(), p.shares(), p.queries(), p.reconcile(), p.clock()),
                new SaveContainer(p.catalog(), p.reconcile(), validator),
                new GetContainer(p.catalog()),
                new DeleteContainer(p.catalog(), p.shares(), p.queries(), p.reconcile(), p.clock()));
    }
}
