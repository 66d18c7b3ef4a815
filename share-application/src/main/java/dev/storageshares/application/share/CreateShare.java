package dev.storageshares.application.share;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.access.ContainerAccess;
import dev.storageshares.application.mount.ReconcileRequests;
import dev.storageshares.application.mount.ShareReach;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareRepository;
import dev.storageshares.domain.share.ShareTarget;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Shares a directory of a container. The checks run in the contract's order: source access, then
 * the body, then self-share, then the target, and the store decides duplicates atomically.
 *
 * <p>A target the caller cannot see is not found, unless it is in the source's realm and its project
 * accepts share requests: then the share is created pending, for the target's receivers to decide.
 */
public final class CreateShare {
    private final ContainerCatalog catalog;
    private final ContainerAccess access;
    private final AccessPolicy policy;
    private final ShareRepository shares;
    private final ShareReach reach;
    private final ReconcileRequests reconcile;
    private final Clock clock;

    public CreateShare(ContainerCatalog catalog, AccessPolicy policy, ShareRepository shares,
                       ReconcileRequests reconcile, Clock clock) {
        this.catalog = catalog;
        this.access = new ContainerAccess(catalog, policy);
        this.policy = policy;
        this.shares = shares;
        this.reach = new ShareReach(catalog);
        this.reconcile = reconcile;
        this.clock = clock;
    }

    public Share handle(CreateShareCommand command) {
        Instant now = clock.instant();
        Container source = access.writable(command.caller(), command.sourceContainerId());
        Share.Draft draft = InputRules.draft(source.id(), command.input(), now);
        Share open = Share.create(ShareId.generate(now), draft, command.caller().user(), now);
        Share share = targetVisibleTo(command.caller(), source, open.target())
                ? open : Share.request(open.id(), draft, command.caller().user(), now);

        shares.insert(share, ShareEvent.of(share.inEffect() ? EventType.CREATED : EventType.REQUESTED, share.id(),
                command.caller().user().value(), now, Map.of("source_path", share.sourcePath().value(),
                        "target_type", share.target().type().wireName(), "target_id", share.target().id(),
                        "mode", share.mode().wireName())));
        if (share.inEffect() && share.enabled()) {
            reconcile.reconcile(reach.containersReachedBy(share));
        }
        return share;
    }

    /**
     * True when the caller may share with the target outright, false when only a request is possible;
     * any other target is not found, so nothing about it leaks.
     */
    private boolean targetVisibleTo(Caller caller, Container source, ShareTarget target) {
        if (target instanceof ShareTarget.ToContainer direct) {
            Container receiver = catalog.findContainer(direct.container())
                    .filter(found -> found.realm().equals(source.realm()))
                    .orElseThrow(ShareException::containerNotFound);
            if (access.canRead(caller, receiver)) {
                return true;
            }
            if (acceptsRequests(receiver.project())) {
                return false;
            }
            throw ShareException.containerNotFound();
        }
        Project project = catalog.findProject(((ShareTarget.ToProject) target).project())
                .filter(found -> found.realm().equals(source.realm()))
                .orElseThrow(ShareException::projectNotFound);
        if (policy.canTarget(caller, project)) {
            return true;
        }
        if (project.acceptsShareRequests()) {
            return false;
        }
        throw ShareException.projectNotFound();
    }

    private boolean acceptsRequests(ProjectId project) {
        return catalog.findProject(project).map(Project::acceptsShareRequests).orElse(false);
    }
}
