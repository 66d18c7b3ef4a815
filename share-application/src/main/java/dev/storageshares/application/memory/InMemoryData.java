package dev.storageshares.application.memory;

import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.catalog.ProjectId;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.catalog.ProjectRole;
import dev.storageshares.domain.catalog.UserId;
import dev.storageshares.domain.mount.MountOutcome;
import dev.storageshares.domain.mount.MountOverride;
import dev.storageshares.domain.share.RequestScope;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareFilter;
import dev.storageshares.domain.share.ShareId;
import dev.storageshares.domain.share.ShareTarget;
import dev.storageshares.domain.share.Visibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The tables. Every access holds this object's monitor, like one big transaction. */
final class InMemoryData {
    final Map<ProjectId, Project> projects = new HashMap<>();
    final TreeMap<String, Container> containers = new TreeMap<>();
    final Map<ShareId, Share> shares = new HashMap<>();
    /** Shares whose expiry has been announced; the database keeps this as a column. */
    final Set<ShareId> expiryAnnounced = new HashSet<>();
    final Map<ShareId, Map<ContainerId, MountOverride>> overrides = new HashMap<>();
    final Map<ContainerId, Map<ShareId, MountOutcome>> states = new HashMap<>();
    final List<ShareEvent> events = new ArrayList<>();

    /**
     * Restates {@code AccessPolicy.canRead} for the global lists, which work on ids rather than
     * callers; {@code GlobalListRulesContract} keeps the two in agreement.
     */
    boolean isVisible(ContainerId containerId, Visibility visibility) {
        Container container = containers.get(containerId.value());
        if (container == null) {
            return false;
        }
        if (visibility instanceof Visibility.ReadableBy readable) {
            UserId user = readable.user();
            Project project = projects.get(container.project());
            return container.owner().equals(user) || (project != null && project.roleOf(user).isPresent());
        }
        return true;
    }

    /** The shares of {@code source} that pass {@code filter}; the filter's realm is the source's. Hold the monitor. */
    Stream<Share> sharesOf(ContainerId source, ShareFilter filter) {
        return shares.values().stream()
                .filter(share -> share.sourceContainer().equals(source))
                .filter(share -> inRealm(share.sourceContainer(), filter.realm()))
                .filter(filter::matches);
    }

    /** The shares whose source is visible that pass {@code filter}. Hold the monitor. */
    Stream<Share> visibleShares(Visibility visibility, ShareFilter filter) {
        return shares.values().stream()
                .filter(share -> isVisible(share.sourceContainer(), visibility))
                .filter(share -> inRealm(share.sourceContainer(), filter.realm()))
                .filter(filter::matches);
    }

    private boolean inRealm(ContainerId container, RealmId realm) {
        return realm == null || Optional.ofNullable(containers.get(container.value()))
                .map(found -> found.realm().equals(realm)).orElse(false);
    }

    /** {@link RequestScope} in memory: writers of a target container, owners and admins of a target project. */
    boolean isDecidable(Share share, RequestScope scope) {
        if (!(scope instanceof RequestScope.DecidableBy decider)) {
            return true;
        }
        UserId user = decider.user();
        if (share.target() instanceof ShareTarget.ToContainer direct) {
            Container target = containers.get(direct.container().value());
            Project project = target == null ? null : projects.get(target.project());
            return target != null && (target.owner().equals(user)
                    || (project != null && project.roleOf(user).map(ProjectRole::canWrite).orElse(false)));
        }
        Project project = projects.get(((ShareTarget.ToProject) share.target()).project());
        return project != null && project.roleOf(user).map(ProjectRole::canDecideProjectRequests).orElse(false);
    }

    void deleteShare(ShareId id) {
        shares.remove(id);
        expiryAnnounced.remove(id);
        overrides.remove(id);
        states.values().forEach(byShare -> byShare.remove(id));
    }

    void deleteContainer(ContainerId id) {
        containers.remove(id.value());
        overrides.values().forEach(byContainer -> byContainer.remove(id));
        states.remove(id);
    }
}
