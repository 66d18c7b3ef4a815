package dev.storageshares.application.request;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.access.ContainerAccess;
import dev.storageshares.application.mount.ReconcileRequests;
import dev.storageshares.application.mount.ShareReach;
import dev.storageshares.application.validation.CommandValidator;
import dev.storageshares.application.validation.DecisionReason;
import dev.storageshares.domain.FieldError;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.share.Decision;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareRepository;
import dev.storageshares.domain.share.ShareTarget;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A receiver approves or rejects a share request. Order: whether the caller may decide the share at
 * all (else it is not found, exactly like an unknown id), then the body, then whether it is still
 * pending. The store settles racing deciders: one wins, the others learn it is no longer pending.
 */
public final class DecideShareRequest {
    public static final String NOT_FOUND = "Share not found";

    private final ContainerCatalog catalog;
    private final ContainerAccess access;
    private final AccessPolicy policy;
    private final ShareRepository shares;
    private final ShareReach reach;
    private final ReconcileRequests reconcile;
    private final Clock clock;
    private final CommandValidator validator;

    public DecideShareRequest(ContainerCatalog catalog, AccessPolicy policy, ShareRepository shares,
                              ReconcileRequests reconcile, Clock clock, CommandValidator validator) {
        this.validator = validator;
        this.catalog = catalog;
        this.access = new ContainerAccess(catalog, policy);
        this.policy = policy;
        this.shares = shares;
        this.reach = new ShareReach(catalog);
        this.reconcile = reconcile;
        this.clock = clock;
    }

    public enum Verdict { APPROVE, REJECT }

    /**
     * @param reason     why a request is rejected; null or blank for no reason, ignored for an approval
     * @param edgeErrors what the transport found wrong with the body
     */
    public record Command(Caller caller, String shareId, Verdict verdict, @DecisionReason String reason,
                          List<FieldError> edgeErrors) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(verdict, "verdict");
            edgeErrors = List.copyOf(edgeErrors);
        }
    }

    public Share handle(Command command) {
        Instant now = clock.instant();
        Share request = ShareId.parse(command.shareId()).flatMap(shares::findById)
                .filter(share -> !share.isExpiredAt(now))
                .filter(share -> mayDecide(command.caller(), share))
                .orElseThrow(() -> ShareException.notFound(NOT_FOUND));
        validator.check(command, command.edgeErrors());
        String actor = command.caller().user().value();
        Share stored;
        if (command.verdict() == Verdict.APPROVE) {
            Share approved = request.approve(command.caller().user(), now);
            stored = shares.decide(approved, ShareEvent.of(EventType.APPROVED, request.id(), actor, now, Map.of()));
            if (stored.enabled()) {
                reconcile.reconcile(reach.containersReachedBy(stored));
            }
        } else {
            Share rejected = request.reject(command.caller().user(), Decision.reasonOf(command.reason()), now);
            Map<String, Object> data = new HashMap<>();
            data.put("reason", rejected.decision().map(Decision::reason).orElse(null));
            stored = shares.decide(rejected, ShareEvent.of(EventType.REJECTED, request.id(), actor, now, data));
        }
        return stored;
    }

    /** Writers of the target container decide direct requests; owners and admins of the project the rest. */
    private boolean mayDecide(Caller caller, Share share) {
        if (share.target() instanceof ShareTarget.ToContainer direct) {
            return catalog.findContainer(direct.container()).filter(target -> access.canWrite(caller, target)).isPresent();
        }
        return catalog.findProject(((ShareTarget.ToProject) share.target()).project())
                .filter(project -> policy.canDecideFor(caller, project)).isPresent();
    }
}
