package dev.storageshares.adapter.rest.json;

import dev.storageshares.application.catalog.ContainerInput;
import dev.storageshares.application.catalog.ProjectInput;
import dev.storageshares.application.share.NewShareInput;
import dev.storageshares.application.share.SharePatchInput;
import dev.storageshares.domain.FieldError;
import dev.storageshares.domain.share.Change;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Request bodies, translated into the application's raw inputs. Nothing here judges values. */
public final class Requests {
    private static final Set<String> CREATE_FIELDS = Set.of("source_path", "target_container_id", "target_project_id",
            "mode", "alias", "label", "description", "enabled", "expires_at");
    private static final Set<String> BATCH_FIELDS = Set.of("shares", "dry_run", "atomic");
    private static final Set<String> PATCH_FIELDS = Set.of("mode", "alias", "label", "description", "enabled", "expires_at");
    /** Known share fields a PATCH may not touch: named as immutable rather than unknown. */
    private static final Set<String> IMMUTABLE_FIELDS = Set.of("id", "source_container_id", "source_path",
            "target_container_id", "target_project_id", "target_type", "status", "status_message", "expiry_notified",
            "created_by", "created_at", "updated_at", "mount_path");
    private static final Set<String> PROJECT_FIELDS = Set.of("realm_id", "name", "members", "accepts_share_requests");
    private static final Set<String> MEMBER_FIELDS = Set.of("user_id", "role");
    private static final Set<String> CONTAINER_FIELDS = Set.of("realm_id", "project_id", "owner_id", "name", "runtime_ref");

    private Requests() {
    }

    public static NewShareInput newShare(String text) {
        return newShare(JsonBody.parse(text, CREATE_FIELDS));
    }

    /**
     * A batch body. Problems with the batch itself (not an object, unknown keys, {@code shares} not an
     * array, flags not booleans) are its errors; an item that is not an object, or is a bad create
     * body, carries its own errors and is judged as an item.
     */
    public static Batch batch(String text) {
        JsonBody body = JsonBody.parse(text, BATCH_FIELDS);
        List<JsonBody> raw = body.objects("shares", CREATE_FIELDS);
        Boolean dryRun = body.bool("dry_run");
        Boolean atomic = body.bool("atomic");
        List<NewShareInput> items = raw == null ? null : raw.stream().map(Requests::newShare).toList();
        return new Batch(items, Boolean.TRUE.equals(dryRun), Boolean.TRUE.equals(atomic), body.errors());
    }

    /** @param items null when {@code shares} is absent or not an array */
    public record Batch(List<NewShareInput> items, boolean dryRun, boolean atomic, List<FieldError> errors) {
    }

    private static NewShareInput newShare(JsonBody body) {
        String sourcePath = body.text("source_path");
        String targetContainer = body.text("target_container_id");
        String targetProject = body.text("target_project_id");
        String mode = body.text("mode");
        String alias = body.text("alias");
        String label = body.text("label");
        String description = body.text("description");
        Boolean enabled = body.bool("enabled");
        Long expiresAt = body.integer("expires_at");
        return new NewShareInput(sourcePath, targetContainer, targetProject, mode, alias, label, description, enabled,
                expiresAt, body.errors());
    }

    public static SharePatchInput sharePatch(String text) {
        Set<String> accepted = new HashSet<>(PATCH_FIELDS);
        accepted.addAll(IMMUTABLE_FIELDS);
        JsonBody body = JsonBody.parse(text, accepted);
        IMMUTABLE_FIELDS.stream().filter(body::has).sorted().forEach(field -> body.reject(field, "cannot be changed"));
        Change<String> mode = change(body, "mode", body::text);
        Change<String> alias = change(body, "alias", body::text);
        Change<String> label = change(body, "label", body::text);
        Change<String> description = change(body, "description", body::text);
        Change<Boolean> enabled = change(body, "enabled", body::bool);
        Change<Long> expiresAt = change(body, "expires_at", body::integer);
        return new SharePatchInput(mode, alias, label, description, enabled, expiresAt, body.errors());
    }

    /** The toggle body; a missing or non-boolean {@code mount} leaves it null for the use case to refuse. */
    public static Toggle toggle(String text) {
        JsonBody body = JsonBody.parse(text, Set.of("mount"));
        Boolean mount = body.bool("mount");
        return new Toggle(mount, body.errors());
    }

    public record Toggle(Boolean mount, List<FieldError> errors) {
    }

    /**
     * The body of a decision on a share request: optional, so an empty body is none at all; a
     * rejection may give a {@code reason}, an approval nothing.
     */
    public static Verdict verdict(String text, boolean rejecting) {
        if (text == null || text.isBlank()) {
            return new Verdict(null, List.of());
        }
        JsonBody body = JsonBody.parse(text, rejecting ? Set.of("reason") : Set.of());
        String reason = body.text("reason");
        return new Verdict(reason, body.errors());
    }

    public record Verdict(String reason, List<FieldError> errors) {
    }

    public static ProjectInput project(String text) {
        JsonBody body = JsonBody.parse(text, PROJECT_FIELDS);
        String realm = body.text("realm_id");
        String name = body.text("name");
        List<ProjectInput.MemberInput> members = null;
        List<JsonBody> raw = body.objects("members", MEMBER_FIELDS);
        if (raw != null) {
            members = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                JsonBody member = raw.get(i);
                members.add(new ProjectInput.MemberInput(member.text("user_id"), member.text("role")));
                body.adopt("members[" + i + "]", member);
            }
        }
        Boolean acceptsShareRequests = body.bool("accepts_share_requests");
        return new ProjectInput(realm, name, members, acceptsShareRequests, body.errors());
    }

    public static ContainerInput container(String text) {
        JsonBody body = JsonBody.parse(text, CONTAINER_FIELDS);
        return new ContainerInput(body.text("realm_id"), body.text("project_id"), body.text("owner_id"),
                body.text("name"), body.text("runtime_ref"), body.errors());
    }

    private static <T> Change<T> change(JsonBody body, String field, Function<String, T> read) {
        if (!body.has(field)) {
            return Change.keep();
        }
        if (body.isNull(field)) {
            return Change.clear();
        }
        T value = read.apply(field);
        return value == null ? Change.keep() : Change.set(value);
    }
}
