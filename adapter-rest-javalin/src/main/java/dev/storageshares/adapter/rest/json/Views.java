package dev.storageshares.adapter.rest.json;

import dev.storageshares.application.event.EventDocument;
import dev.storageshares.application.incoming.ContainerMount;
import dev.storageshares.application.incoming.ShareMount;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.Project;
import dev.storageshares.domain.mount.MountOverride;
import dev.storageshares.domain.share.Alias;
import dev.storageshares.domain.share.Decision;
import dev.storageshares.domain.share.Description;
import dev.storageshares.domain.share.ExpiresAt;
import dev.storageshares.domain.share.Label;
import dev.storageshares.domain.share.Share;
import dev.storageshares.domain.share.ShareEvent;
import dev.storageshares.domain.share.ShareTarget;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire shapes of {@code docs/api.md}, key for key. Built as ordered maps so the key sets are visible here
 * and nothing of the domain is serialised by accident.
 */
public final class Views {
    private Views() {
    }

    public static String timestamp(Instant instant) {
        return EventDocument.timestamp(instant);
    }

    /** The creator view: every field of the share. */
    public static Map<String, Object> creator(Share share) {
        Map<String, Object> view = common(share);
        view.put("alias", share.alias().map(Alias::value).orElse(null));
        view.put("label", share.label().map(Label::value).orElse(null));
        view.put("description", share.description().map(Description::value).orElse(null));
        view.put("enabled", share.enabled());
        view.put("status", share.status().wireName());
        view.put("status_message", share.statusMessage().orElse(null));
        view.put("expires_at", share.expiresAt().map(ExpiresAt::epochSecond).orElse(null));
        view.put("expiry_notified", share.expiryNotified());
        times(view, share);
        return view;
    }

    /** The receiver view on one container: no creator-only fields, plus that container's switch and mount path. */
    public static Map<String, Object> receiver(Share share, boolean mount) {
        Map<String, Object> view = receiver(share);
        view.put("mount", mount);
        return view;
    }

    /** The receiver view across containers, where one share may carry several switches: no {@code mount}. */
    public static Map<String, Object> receiver(Share share) {
        Map<String, Object> view = common(share);
        view.put("enabled", share.enabled());
        view.put("status", share.status().wireName());
        view.put("status_message", share.statusMessage().orElse(null));
        view.put("expires_at", share.expiresAt().map(ExpiresAt::epochSecond).orElse(null));
        times(view, share);
        view.put("mount_path", share.mountPath());
        return view;
    }

    /** The terse view: what identifies a share and says whether it works; {@code mount} only where given. */
    public static Map<String, Object> terse(Share share, boolean receiver, Boolean mount) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", share.id().value());
        view.put("source_container_id", share.sourceContainer().value());
        view.put("source_path", share.sourcePath().value());
        view.put("target_type", share.target().type().wireName());
        view.put("target_container_id", share.target() instanceof ShareTarget.ToContainer ? share.target().id() : null);
        view.put("target_project_id", share.target() instanceof ShareTarget.ToProject ? share.target().id() : null);
        view.put("mode", share.mode().wireName());
        view.put("enabled", share.enabled());
        view.put("status", share.status().wireName());
        if (receiver) {
            view.put("mount_path", share.mountPath());
        }
        if (mount != null) {
            view.put("mount", mount);
        }
        return view;
    }

    /**
     * Adds the full view's keys to a standard view: where the share is really mounted, and the
     * decision on its request ({@code null} for a share that never was one, or still is pending).
     */
    public static Map<String, Object> full(Map<String, Object> standard, Share share, List<ShareMount> mounts) {
        standard.put("mounts", mounts.stream().map(Views::shareMount).toList());
        standard.put("decision", share.decision().map(Views::decision).orElse(null));
        return standard;
    }

    private static Map<String, Object> decision(Decision decision) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("by", decision.by().value());
        view.put("at", timestamp(decision.at()));
        view.put("reason", decision.reason());
        return view;
    }

    private static Map<String, Object> shareMount(ShareMount mount) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("container_id", mount.container().value());
        view.put("state", mount.outcome().state().wireName());
        view.put("message", mount.outcome().message());
        return view;
    }

    public static Map<String, Object> override(MountOverride override) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", override.id());
        view.put("share_id", override.shareId().value());
        view.put("container_id", override.containerId().value());
        view.put("mount", override.mount());
        view.put("created_at", timestamp(override.createdAt()));
        view.put("updated_at", timestamp(override.updatedAt()));
        return view;
    }

    public static Map<String, Object> mount(ContainerMount mount) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("share_id", mount.share().id().value());
        view.put("source_container_id", mount.share().sourceContainer().value());
        view.put("source_path", mount.share().sourcePath().value());
        view.put("mount_path", mount.share().mountPath());
        view.put("mode", mount.share().mode().wireName());
        view.put("state", mount.outcome().state().wireName());
        view.put("message", mount.outcome().message());
        return view;
    }

    public static Map<String, Object> event(ShareEvent event) {
        return EventDocument.of(event);
    }

    public static Map<String, Object> project(Project project) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", project.id().value());
        view.put("realm_id", project.realm().value());
        view.put("name", project.name());
        view.put("accepts_share_requests", project.acceptsShareRequests());
        view.put("members", project.members().stream()
                .map(m -> Map.of("user_id", m.user().value(), "role", m.role().wireName())).toList());
        return view;
    }

    public static Map<String, Object> container(Container container) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", container.id().value());
        view.put("realm_id", container.realm().value());
        view.put("project_id", container.project().value());
        view.put("owner_id", container.owner().value());
        view.put("name", container.name());
        view.put("runtime_ref", container.runtimeRef());
        return view;
    }

    private static Map<String, Object> common(Share share) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", share.id().value());
        view.put("source_container_id", share.sourceContainer().value());
        view.put("source_path", share.sourcePath().value());
        view.put("target_container_id", share.target() instanceof ShareTarget.ToContainer ? share.target().id() : null);
        view.put("target_project_id", share.target() instanceof ShareTarget.ToProject ? share.target().id() : null);
        view.put("target_type", share.target().type().wireName());
        view.put("mode", share.mode().wireName());
        return view;
    }

    private static void times(Map<String, Object> view, Share share) {
        view.put("created_by", share.createdBy().value());
        view.put("created_at", timestamp(share.createdAt()));
        view.put("updated_at", timestamp(share.updatedAt()));
    }
}
