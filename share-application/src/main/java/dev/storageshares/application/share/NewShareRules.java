package dev.storageshares.application.share;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.access.ContainerAccess;
import dev.storageshares.application.validation.CommandValidator;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareTarget;
import java.time.Instant;
import java.util.Map;

/**
 * How one new share is judged once its source is known to be writable: the body, then self-share,
 * then the target. A target the caller cannot see is not found, unless it is in the source's realm and
 * its project accepts share requests: then the share is created pending, for the target's receivers. Shared by the single create and every item of a batch, so the two cannot drift.
 * Duplicates are left to the store, which decides them atomically.
 */
final class NewShareRules {
    private final ContainerCatalog catalog;
    private final ContainerAccess access;
    private final AccessPolicy policy;
    private final CommandValidator validator;

    NewShareRules(ContainerCatalog catalog, AccessPolicy policy, CommandValidator validator) {
        this.catalog = catalog;
        this.validator = validator;
        this.access = new ContainerAccess(catalog, policy);
        this.policy = policy;
    }

    Share judge(Caller caller, Container source, NewShareInput input, Instant now) {
        validator.check(new CreateShareCommand(caller, source.id().value(), input), input.edgeErrors());
        Share.Draft draft = input.draft(source.id());
        Share open = Share.create(ShareId.generate(now), draft, caller.user(), now);
        return targetVisibleTo(caller, source, open.target())
                ? open : Share.request(open.id(), draft, caller.user(), now);
    }

    /** A new share mounts at once unless it waits for approval or its creator made it switched off. */
    static boolean mountsAtOnce(Share share) {
        return share.inEffect() && share.enabled();
    }

    static ShareEvent created(Share share, Caller caller, Instant now) {
        return ShareEvent.of(share.inEffect() ? EventType.CREATED : EventType.REQUESTED, share.id(),
                caller.user().value(), now, Map.of("source_path", share.sourcePath().value(),
                        "target_type", share.target().type().wireName(), "target_id", share.target().id(),
                        "mode", share.mode().wireName()));
    }

    /**
     * True when the caller may share with the target outright, false when only a request is possible
     * (the target is in the source's realm and its project accepts share requests); any other target
     * is not found, so nothing about it leaks.
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
