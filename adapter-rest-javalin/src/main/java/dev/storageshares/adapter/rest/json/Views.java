package dev.storageshares.adapter.rest.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.storageshares.adapter.rest.json.JsonView.Fields;
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
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The wire shapes of {@code docs/api.md}, key for key, so the key sets are visible here and nothing of
 * the domain is serialised by accident. The share and mount views, which lists carry by the dozen,
 * are written field by field into the response ({@link JsonView}); the rest are small ordered maps.
 */
public final class Views {
    private Views() {
    }

    public static String timestamp(Instant instant) {
        return EventDocument.timestamp(instant);
    }

    /** The creator view: every field of the share. */
    public static Fields creator(Share share) {
        return json -> {
            common(json, share);
            json.writeStringField("alias", share.alias().map(Alias::value).orElse(null));
            json.writeStringField("label", share.label().map(Label::value).orElse(null));
            json.writeStringField("description", share.description().map(Description::value).orElse(null));
            json.writeBooleanField("enabled", share.enabled());
            json.writeStringField("status", share.status().wireName());
            json.writeStringField("status_message", share.statusMessage().orElse(null));
            expiresAt(json, share);
            json.writeBooleanField("expiry_notified", share.expiryNotified());
            times(json, share);
        };
    }

    /** The receiver view on one container: no creator-only fields, plus that container's switch and mount path. */
    public static Fields receiver(Share share, boolean mount) {
        Fields receiver = receiver(share);
        return json -> {
            receiver.write(json);
            json.writeBooleanField("mount", mount);
        };
    }

    /** The receiver view across containers, where one share may carry several switches: no {@code mount}. */
    public static Fields receiver(Share share) {
        return json -> {
            common(json, share);
            json.writeBooleanField("enabled", share.enabled());
            json.writeStringField("status", share.status().wireName());
            json.writeStringField("status_message", share.statusMessage().orElse(null));
            expiresAt(json, share);
            times(json, share);
            json.writeStringField("mount_path", share.mountPath());
        };
    }

    /** The terse view: what identifies a share and says whether it works; {@code mount} only where given. */
    public static Fields terse(Share share, boolean receiver, Boolean mount) {
        return json -> {
            json.writeStringField("id", share.id().value());
            json.writeStringField("source_container_id", share.sourceContainer().value());
            json.writeStringField("source_path", share.sourcePath().value());
            json.writeStringField("target_type", share.target().type().wireName());
            targets(json, share);
            json.writeStringField("mode", share.mode().wireName());
            json.writeBooleanField("enabled", share.enabled());
            json.writeStringField("status", share.status().wireName());
            if (receiver) {
                json.writeStringField("mount_path", share.mountPath());
            }
            if (mount != null) {
                json.writeBooleanField("mount", mount);
            }
        };
    }

    /**
     * A standard view with the full view's keys added: where the share is really mounted, and the
     * decision on its request ({@code null} for a share that never was one, or still is pending).
     */
    public static JsonView full(Fields standard, Share share, List<ShareMount> mounts) {
        return JsonView.of(json -> {
            standard.write(json);
            json.writeArrayFieldStart("mounts");
            for (ShareMount mount : mounts) {
                json.writeStartObject();
                json.writeStringField("container_id", mount.container().value());
                json.writeStringField("state", mount.outcome().state().wireName());
                json.writeStringField("message", mount.outcome().message());
                json.writeEndObject();
            }
            json.writeEndArray();
            Optional<Decision> decision = share.decision();
            if (decision.isEmpty()) {
                json.writeNullField("decision");
                return;
            }
            json.writeObjectFieldStart("decision");
            json.writeStringField("by", decision.get().by().value());
            json.writeStringField("at", timestamp(decision.get().at()));
            json.writeStringField("reason", decision.get().reason());
            json.writeEndObject();
        });
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

    public static JsonView mount(ContainerMount mount) {
        return JsonView.of(json -> {
            json.writeStringField("share_id", mount.share().id().value());
            json.writeStringField("source_container_id", mount.share().sourceContainer().value());
            json.writeStringField("source_path", mount.share().sourcePath().value());
            json.writeStringField("mount_path", mount.share().mountPath());
            json.writeStringField("mode", mount.share().mode().wireName());
            json.writeStringField("state", mount.outcome().state().wireName());
            json.writeStringField("message", mount.outcome().message());
        });
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

    private static void common(JsonGenerator json, Share share) throws IOException {
        json.writeStringField("id", share.id().value());
        json.writeStringField("source_container_id", share.sourceContainer().value());
        json.writeStringField("source_path", share.sourcePath().value());
        targets(json, share);
        json.writeStringField("target_type", share.target().type().wireName());
        json.writeStringField("mode", share.mode().wireName());
    }

    private static void targets(JsonGenerator json, Share share) throws IOException {
        json.writeStringField("target_container_id", share.target() instanceof ShareTarget.ToContainer ? share.target().id() : null);
        json.writeStringField("target_project_id", share.target() instanceof ShareTarget.ToProject ? share.target().id() : null);
    }

    private static void expiresAt(JsonGenerator json, Share share) throws IOException {
        Optional<ExpiresAt> expiresAt = share.expiresAt();
        if (expiresAt.isPresent()) {
            json.writeNumberField("expires_at", expiresAt.get().epochSecond());
        } else {
            json.writeNullField("expires_at");
        }
    }

    private static void times(JsonGenerator json, Share share) throws IOException {
        json.writeStringField("created_by", share.createdBy().value());
        json.writeStringField("created_at", timestamp(share.createdAt()));
        json.writeStringField("updated_at", timestamp(share.updatedAt()));
    }
}
