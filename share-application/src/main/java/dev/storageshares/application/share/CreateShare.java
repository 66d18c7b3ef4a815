package dev.storageshares.application.share;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.ContainerAccess;
import dev.storageshares.application.mount.ReconcileRequests;
import dev.storageshares.application.mount.ShareReach;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
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
        Share share = Share.create(ShareId.generate(now), draft, command.caller().user(), now);
        requireVisibleTargetInRealm(command, source, share.target());

        shares.insert(share, ShareEvent.of(EventType.CREATED, share.id(), command.caller().user().value(), now,
                Map.of("source_path", share.sourcePath().value(), "target_type", share.target().type().wireName(),
                        "target_id", share.target().id(), "mode", share.mode().wireName())));
        if (share.enabled()) {
            reconcile.reconcile(reach.containersReachedBy(share));
        }
        return share;
    }

    private void requireVisibleTargetInRealm(CreateShareCommand command, Container source, ShareTarget target) {
        if (target instanceof ShareTarget.ToContainer direct) {
            Container receiver = access.readable(command.caller(), direct.container().value());
            if (!receiver.realm().equals(source.realm())) {
                throw ShareException.containerNotFound();
            }
        } else {
            ShareTarget.ToProject toProject = (ShareTarget.ToProject) target;
            boolean visible = catalog.findProject(toProject.project())
                    .filter(project -> project.realm().equals(source.realm()))
                    .filter(project -> policy.canTarget(command.caller(), project))
                    .isPresent();
            if (!visible) {
                throw ShareException.projectNotFound();
            }
        }
    }
}
