package dev.storageshares.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every endpoint's success path: status, message and the exact key sets of docs/api.md §2. */
public abstract class ShareApiContract extends ApiContract {
    static final List<String> CREATOR_KEYS = List.of("id", "source_container_id", "source_path", "target_container_id",
            "target_project_id", "target_type", "mode", "alias", "label", "description", "enabled", "status",
            "status_message", "expires_at", "expiry_notified", "created_by", "created_at", "updated_at");
    static final List<String> RECEIVER_KEYS = List.of("id", "source_container_id", "source_path", "target_container_id",
            "target_project_id", "target_type", "mode", "enabled", "status", "status_message", "expires_at",
            "created_by", "created_at", "updated_at", "mount_path", "mount");

    static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void creatingAShareAnswers201WithTheCreatorViewAndItsLocation() {
        long expires = System.currentTimeMillis() / 1000 + 3600;
        ApiClient.Response response = share(alice, web(1), "{\"source_path\":\"//home/shared//docs/\",\"target_container_id\":\""
                + web(2) + "\",\"mode\":\"readonly\",\"alias\":\"shared-docs\",\"label\":\"documentation\","
                + "\"description\":\"Team docs\",\"expires_at\":" + expires + "}");

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.get("statusCode").asInt()).isEqualTo(201);
        assertThat(body.get("message").asText()).isEqualTo("Storage share created successfully");
        JsonNode share = response.data();
        assertThat(keys(share)).containsExactlyInAnyOrderElementsOf(CREATOR_KEYS);
        assertThat(share.get("id").asText()).matches("[0-9a-f]{24}");
        assertThat(share.get("source_path").asText()).isEqualTo("/home/shared/docs");
        assertThat(share.get("target_type").asText()).isEqualTo("container");
        assertThat(share.get("target_project_id").isNull()).isTrue();
        assertThat(share.get("enabled").asBoolean()).isTrue();
        assertThat(share.get("status").asText()).isEqualTo("active");
        assertThat(share.get("expires_at").asLong()).isEqualTo(expires);
        assertThat(share.get("expiry_notified").asBoolean()).isFalse();
        assertThat(share.get("created_by").asText()).isEqualTo("alice-" + n);
        assertThat(share.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(response.header("Location")).isEqualTo("/api/v1/containers/" + web(1) + "/storage/shares/" + share.get("id").asText());
        assertThat(response.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void aShareCanBeReadListedUpdatedAndDeleted() {
        String id = aliceShares(directBody("/data", web(2))).get("id").asText();
        String path = "/api/v1/containers/" + web(1) + "/storage/shares";

        ApiClient.Response got = api.get(path + "/" + id, alice);
        assertThat(got.json().get("message").asText()).isEqualTo("Storage share retrieved successfully");
        ApiClient.Response listed = api.get(path, alice);
        assertThat(listed.json().get("message").asText()).isEqualTo("Storage shares retrieved successfully");
        assertThat(listed.data()).hasSize(1);
        assertThat(listed.json().get("pagination").get("limit").asInt()).isEqualTo(100);
        assertThat(listed.json().get("pagination").get("next_cursor").isNull()).isTrue();
        ApiClient.Response all = api.get("/api/v1/storage/shares", alice);
        assertThat(all.json().get("message").asText()).isEqualTo("All storage shares retrieved successfully");

        ApiClient.Response patched = api.send("PATCH", path + "/" + id, alice, "{\"mode\":\"readwrite\",\"alias\":\"prod-data\"}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("message").asText()).isEqualTo("Storage share updated successfully");
        assertThat(patched.data().get("mode").asText()).isEqualTo("readwrite");

        ApiClient.Response deleted = api.send("DELETE", "/api/v1/storage/shares/" + id, alice, null);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("message").asText()).isEqualTo("Storage share deleted successfully");
        assertThat(deleted.json().has("data")).isFalse();
        assertThat(api.get(path + "/" + id, alice).status()).isEqualTo(404);
    }

    @Test
    void anEmptyPatchChangesNothingAndNullClears() {
        JsonNode created = aliceShares("{\"source_path\":\"/data\",\"target_container_id\":\"" + web(2)
                + "\",\"mode\":\"readonly\",\"alias\":\"abc\"}");
        String path = "/api/v1/containers/" + web(1) + "/storage/shares/" + created.get("id").asText();

        JsonNode unchanged = api.send("PATCH", path, alice, "{}").data();
        assertThat(unchanged.get("updated_at").asText()).isEqualTo(created.get("updated_at").asText());
        JsonNode cleared = api.send("PATCH", path, alice, "{\"alias\":null}").data();
        assertThat(cleared.get("alias").isNull()).isTrue();
        assertThat(cleared.get("mode").asText()).isEqualTo("readonly");
    }

    @Test
    void aReceiverSeesTheReceiverViewAndCanRejectAndAcceptAShare() {
        String id = aliceShares(projectBody("/logs", p())).get("id").asText();
        String incoming = "/api/v1/containers/" + web(2) + "/storage/incoming";

        ApiClient.Response listed = api.get(incoming, alice);
        assertThat(listed.json().get("message").asText()).isEqualTo("Incoming shares retrieved successfully");
        JsonNode view = listed.data().get(0);
        assertThat(keys(view)).containsExactlyInAnyOrderElementsOf(RECEIVER_KEYS);
        assertThat(view.get("mount").asBoolean()).isTrue();
        assertThat(view.get("mount_path").asText()).isEqualTo("/mnt/shares/" + id);

        ApiClient.Response off = api.send("PATCH", incoming + "/" + id + "/mount", alice, "{\"mount\":false}");
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().get("message").asText()).isEqualTo("Share disabled for mounting successfully");
        assertThat(keys(off.data().get("share"))).containsExactlyInAnyOrderElementsOf(CREATOR_KEYS);
        assertThat(keys(off.data().get("override"))).containsExactly("id", "share_id", "container_id", "mount",
                "created_at", "updated_at");
        assertThat(api.get(incoming, alice).data().get(0).get("mount").asBoolean()).isFalse();
        ApiClient.Response on = api.send("PATCH", incoming + "/" + id + "/mount", alice, "{\"mount\":true}");
        assertThat(on.json().get("message").asText()).isEqualTo("Share enabled for mounting successfully");
        assertThat(on.data().get("override").get("id").asText()).isEqualTo(off.data().get("override").get("id").asText());
    }

    @Test
    void theGlobalIncomingListHasNoMountKey() {
        aliceShares(projectBody("/logs", p()));

        ApiClient.Response all = api.get("/api/v1/storage/incoming", alice);
        assertThat(all.json().get("message").asText()).isEqualTo("All incoming shares retrieved successfully");
        assertThat(keys(all.data().get(0))).containsExactlyInAnyOrderElementsOf(
                RECEIVER_KEYS.stream().filter(k -> !k.equals("mount")).toList());
    }

    @Test
    void togglingAShareThatDoesNotReachTheContainerNamesBothTargets() {
        String id = aliceShares(directBody("/d", web(2))).get("id").asText();

        ApiClient.Response response = api.send("PATCH", "/api/v1/containers/" + web(3) + "/storage/incoming/" + id + "/mount",
                alice, "{\"mount\":true}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(response.json().get("message").asText()).isEqualTo("This share does not target the specified container");
        JsonNode data = response.data();
        assertThat(data.get("share_id").asText()).isEqualTo(id);
        assertThat(data.get("container_id").asText()).isEqualTo(web(3));
        assertThat(data.get("target_container_id").asText()).isEqualTo(web(2));
        assertThat(data.get("target_project_id").isNull()).isTrue();
    }

    @Test
    void theMountsViewListsPlannedShares() {
        String id = aliceShares(directBody("/d", web(2))).get("id").asText();

        ApiClient.Response mounts = api.get("/api/v1/containers/" + web(2) + "/storage/mounts", alice);

        assertThat(mounts.json().get("message").asText()).isEqualTo("Container mounts retrieved successfully");
        JsonNode mount = mounts.data().get(0);
        assertThat(keys(mount)).containsExactly("share_id", "source_container_id", "source_path", "mount_path", "mode",
                "state", "message");
        assertThat(mount.get("share_id").asText()).isEqualTo(id);
        assertThat(mount.get("state").asText()).isIn("pending", "applied", "failed");
    }

    @Test
    void theHistoryListsEventsNewestFirst() {
        String id = aliceShares(directBody("/d", web(2))).get("id").asText();
        String path = "/api/v1/containers/" + web(1) + "/storage/shares/" + id;
        api.send("PATCH", path, alice, "{\"label\":\"prod\"}");

        ApiClient.Response history = api.get(path + "/history", alice);

        assertThat(history.json().get("message").asText()).isEqualTo("Storage share history retrieved successfully");
        assertThat(history.data()).extracting(e -> e.get("type").asText()).containsExactly("share.updated", "share.created");
        assertThat(keys(history.data().get(0))).containsExactly("id", "share_id", "type", "at", "actor", "data");
        assertThat(history.data().get(0).get("data").get("label").asText()).isEqualTo("prod");
        assertThat(history.data().get(0).get("actor").asText()).isEqualTo("alice-" + n);
    }

    @Test
    void theAdminCatalogCreatesThenReplacesAndReads() {
        String path = "/api/v1/admin/projects/new-" + n;
        assertThat(api.send("PUT", path, admin, "{\"realm_id\":\"r1\",\"name\":\"N\"}").status()).isEqualTo(201);
        assertThat(api.send("PUT", path, admin, "{\"realm_id\":\"r1\",\"name\":\"N2\"}").status()).isEqualTo(200);
        assertThat(api.get(path, admin).data().get("name").asText()).isEqualTo("N2");
        assertThat(api.get("/api/v1/admin/containers/" + web(1), admin).data().get("project_id").asText()).isEqualTo(p());
        assertThat(api.send("DELETE", path, admin, null).status()).isEqualTo(200);
        assertThat(api.get(path, admin).status()).isEqualTo(404);
    }

    @Test
    void operationsEndpointsAnswerWithoutAToken() {
        assertThat(api.get("/health", null).json().get("status").asText()).isEqualTo("UP");
        assertThat(api.get("/ready", null).status()).isEqualTo(200);
        assertThat(api.get("/metrics", null).body()).contains("http_server_requests");
        assertThat(api.get("/openapi.json", null).json().get("openapi").asText()).startsWith("3.");
    }
}
