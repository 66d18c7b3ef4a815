package dev.storageshares.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The access table of docs/api.md §6 over every share endpoint: for web1 (owner alice; mia member, vic
 * viewer of its project; bob outsider; root admin), who gets which status.
 */
public abstract class AccessApiContract extends ApiContract {

    /** Expected statuses per caller: alice, mia, vic, bob, admin. */
    private record Row(String name, Function<String, ApiClient.Response> call, int... expected) {
    }

    @Test
    void everyEndpointGrantsExactlyTheAccessTableAllows() {
        String incomingShare = aliceShares(projectBody("/in", p())).get("id").asText();
        String own = "/api/v1/containers/" + web(1) + "/storage/shares";
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("alice (owner)", alice);
        callers.put("mia (member)", mia);
        callers.put("vic (viewer)", vic);
        callers.put("bob (outsider)", bob);
        callers.put("root (admin)", admin);

        Row[] rows = {
            new Row("list own", t -> api.get(own, t), 200, 200, 200, 404, 200),
            new Row("get one", t -> api.get(own + "/" + incomingShare, t), 200, 200, 200, 404, 200),
            new Row("history", t -> api.get(own + "/" + incomingShare + "/history", t), 200, 200, 200, 404, 200),
            new Row("patch", t -> api.send("PATCH", own + "/" + incomingShare, t, "{}"), 200, 200, 403, 404, 200),
            new Row("incoming", t -> api.get("/api/v1/containers/" + web(2) + "/storage/incoming", t), 200, 200, 200, 404, 200),
            new Row("mounts", t -> api.get("/api/v1/containers/" + web(2) + "/storage/mounts", t), 200, 200, 200, 404, 200),
            new Row("toggle", t -> api.send("PATCH", "/api/v1/containers/" + web(2) + "/storage/incoming/" + incomingShare
                    + "/mount", t, "{\"mount\":true}"), 200, 200, 403, 404, 200),
            new Row("create", t -> share(t, web(1), directBody("/p" + t.hashCode(), web(3))), 201, 201, 403, 404, 201),
            new Row("global lists", t -> api.get("/api/v1/storage/shares", t), 200, 200, 200, 200, 200),
            new Row("catalog", t -> api.get("/api/v1/admin/projects/" + p(), t), 403, 403, 403, 403, 200),
        };
        for (Row row : rows) {
            int i = 0;
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                ApiClient.Response response = row.call().apply(caller.getValue());
                assertThat(response.status()).as("%s by %s: %s", row.name(), caller.getKey(), response.body())
                        .isEqualTo(row.expected()[i++]);
            }
        }
    }

    @Test
    void deletingNeedsWriteAccessToTheSource() {
        String id = aliceShares(directBody("/del", web(2))).get("id").asText();

        assertThat(api.send("DELETE", "/api/v1/storage/shares/" + id, bob, null).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/v1/storage/shares/" + id, vic, null).status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/v1/storage/shares/" + id, mia, null).status()).isEqualTo(200);
    }

    @Test
    void globalListsNeverRevealUnreadableContainers() {
        aliceShares(directBody("/secret", web(2)));

        assertThat(api.get("/api/v1/storage/shares", bob).data()).isEmpty();
        assertThat(api.get("/api/v1/storage/incoming", bob).data()).isEmpty();
        assertThat(api.get("/api/v1/storage/shares", vic).data()).hasSize(1);
    }
}
