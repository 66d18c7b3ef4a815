package dev.storageshares.application.incoming;

import dev.storageshares.application.access.AccessPolicy;
import dev.storageshares.application.access.Caller;
import dev.storageshares.application.access.ContainerAccess;
import dev.storageshares.application.mount.ReconcileRequests;
import dev.storageshares.application.validation.CommandValidator;
import dev.storageshares.domain.ErrorCode;
import dev.storageshares.domain.FieldError;
import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.TimeOrderedId;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.mount.MountOverride;
import dev.storageshares.domain.mount.MountOverrides;
import dev.storageshares.domain.share.EventType;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareRepository;
import dev.storageshares.domain.share.ShareTarget;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A receiver accepts or rejects a share on one of its containers. Order: container access, share
 * existence, the body, then whether the share reaches the container at all. A share the caller can
 * see through none of its containers "does not exist": an outsider cannot tell another tenant's
 * share id from an unknown one.
 */
public final class ToggleMount {
    public static final String NOT_FOUND = "Share not found";

    private final ContainerCatalog catalog;
    private final ContainerAccess access;
    private final ShareRepository shares;
    private final MountOverrides overrides;
    private final ReconcileRequests reconcile;
    private final Clock clock;
    private final CommandValidator validator;

    public ToggleMount(ContainerCatalog catalog, AccessPolicy policy, ShareRepository shares, MountOverrides overrides,
                       ReconcileRequests reconcile, Clock clock, CommandValidator validator) {
        this.validator = validator;
        this.catalog = catalog;
        this.access = new ContainerAccess(catalog, policy);
        this.shares = shares;
        this.overrides = overrides;
        this.reconcile = reconcile;
        this.clock = clock;
    }

    /** @param edgeErrors what the transport found wrong with the body; {@code mount} is null then */
    public record Command(Caller caller, String containerId, String shareId,
                          @NotNull(message = "is required and must be true or false") Boolean mount,
                          List<FieldError> edgeErrors) {
    }

    public record Result(Share share, MountOverride override) {
    }

    public Result handle(Command command) {
        Container receiver = access.writable(command.caller(), command.containerId());
        Instant now = clock.instant();
        Share share = ShareId.parse(command.shareId()).flatMap(shares::findById)
                .filter(found -> !found.isExpiredAt(now))
                .filter(found -> found.reaches(receiver) || isVisibleTo(command.caller(), found))
                .orElseThrow(() -> ShareException.notFound(NOT_FOUND));
        validator.check(command, command.edgeErrors());
        if (!share.reaches(receiver)) {
            throw notTargeted(share, receiver);
        }
        MountOverride override = overrides.save(TimeOrderedId.next(now), share.id(), receiver.id(), command.mount(), now,
                ShareEvent.of(EventType.MOUNT_TOGGLED, share.id(), command.caller().user().value(), now,
                        Map.of("container_id", receiver.id().value(), "mount", command.mount())));
        reconcile.reconcile(Set.of(receiver.id()));
        return new Result(share, override);
    }

    /** Whether the caller can read the share's source container or any container it targets. */
    private boolean isVisibleTo(Caller caller, Share share) {
        if (catalog.findContainer(share.sourceContainer()).filter(source -> access.canRead(caller, source)).isPresent()) {
            return true;
        }
        List<Container> targets = share.target() instanceof ShareTarget.ToProject project
                ? catalog.containersInProject(project.project())
                : catalog.findContainer(new ContainerId(share.target().id())).stream().toList();
        return targets.stream().anyMatch(target -> access.canRead(caller, target));
    }

    private static ShareException notTargeted(Share share, Container receiver) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("share_id", share.id().value());
        details.put("container_id", receiver.id().value());
        details.put("target_container_id", share.target() instanceof ShareTarget.ToContainer
                ? share.target().id() : null);
        details.put("target_project_id", share.target() instanceof ShareTarget.ToProject
                ? share.target().id() : null);
        return new ShareException(ErrorCode.NOT_TARGETED, "This share does not target the specified container",
                List.of(), details);
    }
}
