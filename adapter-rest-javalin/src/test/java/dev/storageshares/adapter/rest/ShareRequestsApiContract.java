package dev.storageshares.adapter.rest;

import static dev.storageshares.adapter.rest.ShareApiContract.CREATOR_KEYS;
import static dev.storageshares.adapter.rest.ShareApiContract.RECEIVER_KEYS;
import static dev.storageshares.adapter.rest.ShareApiContract.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Share requests across teams over HTTP. Adds project O (realm r1, accepting requests: olga owner,
 * adam admin, mel member, vera viewer) with ops1 (oscar) and ops2 (olga).
 */
public abstract class ShareRequestsApiContract extends ApiContract {
    private String olga;
    private String adam;
    private String mel;
    private String vera;
    private String oscar;

    @BeforeEach
    void openProject() {
        ApiClient.Response created = api.send("PUT", "/api/v1/admin/projects/" + o(), admin, "{\"realm_id\":\"r1\","
                + "\"name\":\"O\",\"accepts_share_requests\":true,\"members\":[" + member("olga", "owner") + ","
                + member("adam", "admin") + "," + member("mel", "member") + "," + member("vera", "viewer") + "]}");
        assertThat(created.status()).isEqualTo(201);
        container(ops(1), o(), "oscar");
        container(ops(2), o(), "olga");
        olga = token("olga");
        adam = token("adam");
        mel = token("mel");
        vera = token("vera");
        oscar = token("oscar");
    }

    private String o() {
        return "O-" + n;
    }

    private String ops(int i) {
        return "ops" + i + "-" + n;
    }

    private JsonNode request(String body) {
        ApiClient.Response response = share(alice, web(1), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.data();
    }

    private String requestId(String path, String target) {
        return request(directBody(path, target)).get("id").asText();
    }

    private ApiClient.Response approve(String token, String id) {
        return api.send("POST", "/api/v1/storage/requests/" + id + "/approve", token, null);
    }

    private ApiClient.Response reject(String token, String id, String body) {
        return api.send("POST", "/api/v1/storage/requests/" + id + "/reject", token, body);
    }

    private List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(share -> ids.add(share.get("id").asText()));
        return ids;
    }

    @Test
    void theProjectsOptInIsReturnedAndDefaultsToFalse() {
        assertThat(api.get("/api/v1/admin/projects/" + o(), admin).data().get("accepts_share_requests").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/admin/projects/" + p(), admin).data().get("accepts_share_requests").asBoolean()).isFalse();

        ApiClient.Response bad = api.send("PUT", "/api/v1/admin/projects/" + o(), admin,
                "{\"realm_id\":\"r1\",\"name\":\"O\",\"accepts_share_requests\":\"yes\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("data").get("errors").get(0).get("field").asText()).isEqualTo("accepts_share_requests");
        assertThat(api.get("/api/v1/admin/projects/" + o(), admin).data().get("members")).hasSize(4);
    }

    @Test
    void aShareToAnOpenProjectsContainerIsCreatedPendingAndWithoutTheOptInStaysNotFound() {
        JsonNode pending = request(directBody("/data", ops(1)));

        assertThat(keys(pending)).containsExactlyInAnyOrderElementsOf(CREATOR_KEYS);
        assertThat(pending.get("status").asText()).isEqualTo("pending");
        assertThat(pending.get("status_message").asText()).isEqualTo("Awaiting approval");
        assertThat(request(projectBody("/data", o())).get("status").asText()).isEqualTo("pending");

        ApiClient.Response closed = share(alice, web(1), directBody("/data", db()));
        assertThat(closed.status()).isEqualTo(404);
        assertThat(closed.json().get("code").asText()).isEqualTo("CONTAINER_NOT_FOUND");
        assertThat(share(alice, web(1), projectBody("/data", q())).json().get("message").asText())
                .isEqualTo("Project not found");
        assertThat(api.get("/api/v1/containers/" + ops(1) + "/storage/mounts", oscar).data()).isEmpty();
    }

    @Test
    void theRequestsListShowsReceiverViewsOfWhatTheCallerMayDecidePaged() {
        String first = requestId("/a", ops(1));
        String second = request(projectBody("/b", o())).get("id").asText();

        ApiClient.Response listed = api.get("/api/v1/storage/requests?limit=1", adam);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("message").asText()).isEqualTo("Share requests retrieved successfully");
        JsonNode item = listed.data().get(0);
        assertThat(keys(item)).containsExactlyInAnyOrderElementsOf(RECEIVER_KEYS.stream().filter(k -> !k.equals("mount")).toList());
        assertThat(item.get("id").asText()).isEqualTo(second);
        String cursor = listed.json().get("pagination").get("next_cursor").asText();
        assertThat(ids(api.get("/api/v1/storage/requests?limit=1&cursor=" + cursor, adam).data())).containsExactly(first);

        assertThat(ids(api.get("/api/v1/storage/requests", mel).data())).containsExactly(first);
        assertThat(ids(api.get("/api/v1/storage/requests", oscar).data())).containsExactly(first);
        assertThat(api.get("/api/v1/storage/requests", vera).data()).isEmpty();
        assertThat(api.get("/api/v1/storage/requests", alice).data()).isEmpty();
        assertThat(api.get("/api/v1/storage/requests?limit=0", adam).status()).isEqualTo(400);
    }

    @Test
    void approvingMakesTheShareActiveAndMountsIt() {
        String id = requestId("/data", ops(1));

        ApiClient.Response approved = approve(mel, id);

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("message").asText()).isEqualTo("Share request approved successfully");
        assertThat(keys(approved.data())).containsExactlyInAnyOrderElementsOf(CREATOR_KEYS);
        assertThat(approved.data().get("status").asText()).isEqualTo("active");
        assertThat(approved.data().get("status_message").isNull()).isTrue();
        assertThat(api.get("/api/v1/containers/" + ops(1) + "/storage/mounts", oscar).data().get(0).get("share_id").asText())
                .isEqualTo(id);
        JsonNode history = api.get("/api/v1/containers/" + web(1) + "/storage/shares/" + id + "/history", alice).data();
        assertThat(history.get(0).get("type").asText()).isEqualTo("share.approved");
        assertThat(history.get(0).get("actor").asText()).isEqualTo("mel-" + n);
        assertThat(history.get(1).get("type").asText()).isEqualTo("share.requested");
        assertThat(history.get(1).get("actor").asText()).isEqualTo("alice-" + n);
    }

    @Test
    void rejectingKeepsTheReasonAndTheCreatorMayDeleteAndAskAgain() {
        String id = request(projectBody("/data", o())).get("id").asText();

        ApiClient.Response rejected = reject(adam, id, "{\"reason\":\"use the archive\"}");

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("message").asText()).isEqualTo("Share request rejected successfully");
        assertThat(rejected.data().get("status").asText()).isEqualTo("rejected");
        assertThat(rejected.data().get("status_message").asText()).isEqualTo("use the archive");
        JsonNode history = api.get("/api/v1/containers/" + web(1) + "/storage/shares/" + id + "/history", alice).data();
        assertThat(history.get(0).get("type").asText()).isEqualTo("share.rejected");
        assertThat(history.get(0).get("data").get("reason").asText()).isEqualTo("use the archive");
        assertThat(ids(api.get("/api/v1/containers/" + web(1) + "/storage/shares?status=rejected", alice).data()))
                .containsExactly(id);

        assertThat(share(alice, web(1), projectBody("/data", o())).status()).isEqualTo(409);
        assertThat(api.send("DELETE", "/api/v1/storage/shares/" + id, alice, null).status()).isEqualTo(200);
        assertThat(request(projectBody("/data", o())).get("status").asText()).isEqualTo("pending");
    }

    @Test
    void aRejectionWithoutABodySaysRejectedAndABadBodyIs400() {
        String id = requestId("/data", ops(1));

        assertThat(reject(oscar, id, "{\"reason\":\"" + "x".repeat(501) + "\"}").status()).isEqualTo(400);
        assertThat(reject(oscar, id, "{\"reason\":12}").json().get("code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(reject(oscar, id, "{\"why\":\"x\"}").status()).isEqualTo(400);
        assertThat(reject(oscar, id, "not json").status()).isEqualTo(400);
        assertThat(approve(oscar, id).status()).isEqualTo(200);

        String other = requestId("/other", ops(1));
        ApiClient.Response rejected = reject(oscar, other, null);
        assertThat(rejected.data().get("status_message").asText()).isEqualTo("Rejected");
    }

    @Test
    void theFullOutputCarriesTheDecisionAndNoMountsWhileTheShareIsARequest() {
        String approvedId = requestId("/approved", ops(1));
        String rejectedId = requestId("/rejected", ops(1));
        String shares = "/api/v1/containers/" + web(1) + "/storage/shares/";

        JsonNode pending = api.get(shares + approvedId + "?output=full", alice).data();
        assertThat(pending.get("decision").isNull()).isTrue();
        assertThat(pending.get("mounts")).isEmpty();
        assertThat(keys(api.get("/api/v1/storage/requests?output=terse", oscar).data().get(0)))
                .containsExactly("id", "source_container_id", "source_path", "target_type", "target_container_id",
                        "target_project_id", "mode", "enabled", "status", "mount_path");

        JsonNode approved = api.send("POST", "/api/v1/storage/requests/" + approvedId + "/approve?output=full", mel, null)
                .data();
        assertThat(approved.get("decision").get("by").asText()).isEqualTo("mel-" + n);
        assertThat(approved.get("decision").get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*\\.\\d{3}Z");
        assertThat(approved.get("decision").get("reason").isNull()).isTrue();
        assertThat(approved.get("mounts").get(0).get("container_id").asText()).isEqualTo(ops(1));

        reject(adam, rejectedId, "{\"reason\":\"no room\"}");
        JsonNode rejected = api.get(shares + rejectedId + "?output=full", alice).data();
        assertThat(rejected.get("decision").get("by").asText()).isEqualTo("adam-" + n);
        assertThat(rejected.get("decision").get("reason").asText()).isEqualTo("no room");
        assertThat(rejected.get("mounts")).isEmpty();
        assertThat(api.send("POST", "/api/v1/storage/requests/" + rejectedId + "/approve?output=loud", mel, null).status())
                .isEqualTo(400);
    }

    @Test
    void decidingTwiceIsAConflict() {
        String id = requestId("/data", ops(1));
        approve(oscar, id);

        ApiClient.Response again = reject(oscar, id, "{\"reason\":\"too late\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("SHARE_NOT_PENDING");
        assertThat(again.json().get("message").asText()).isEqualTo("Share request is not pending");
    }

    @Test
    void anOutsiderGetsExactlyTheAnswerOfAnUnknownId() {
        String id = requestId("/data", ops(1));
        ApiClient.Response unknown = approve(vera, "0123456789abcdef01234567");

        for (String outsider : List.of(vera, alice, eve, bob)) {
            ApiClient.Response approveAnswer = approve(outsider, id);
            ApiClient.Response rejectAnswer = reject(outsider, id, "{\"reason\":\"x\"}");
            assertThat(approveAnswer.status()).isEqualTo(404);
            assertThat(approveAnswer.body()).isEqualTo(unknown.body());
            assertThat(rejectAnswer.body()).isEqualTo(unknown.body());
        }
        assertThat(approve(vera, "not-an-id").body()).isEqualTo(unknown.body());
        assertThat(unknown.json().get("message").asText()).isEqualTo("Share not found");
        assertThat(api.get("/api/v1/containers/" + web(1) + "/storage/shares/" + id, alice).data().get("status").asText())
                .isEqualTo("pending");
    }

    @Test
    void incomingListsShowRequestsAndRejectionsOnlyWhenAsked() {
        String pending = requestId("/p", ops(1));
        String rejected = requestId("/r", ops(1));
        reject(oscar, rejected, null);
        String own = "/api/v1/containers/" + ops(1) + "/storage/incoming";

        assertThat(ids(api.get(own, oscar).data())).containsExactly(pending);
        assertThat(ids(api.get(own + "?status=rejected", oscar).data())).containsExactly(rejected);
        assertThat(ids(api.get("/api/v1/storage/incoming?status=rejected", oscar).data())).containsExactly(rejected);
        assertThat(ids(api.get("/api/v1/storage/incoming?status=pending", oscar).data())).containsExactly(pending);
        assertThat(api.get("/api/v1/storage/incoming?status=active", oscar).data()).isEmpty();
        assertThat(api.get(own + "?status=bogus", oscar).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/storage/incoming?status=bogus", oscar).status()).isEqualTo(400);
        assertThat(ids(api.get("/api/v1/containers/" + web(1) + "/storage/shares?status=pending", alice).data()))
                .containsExactly(pending);
    }

    @Test
    void racingDecisionsLetExactlyOneThroughAndTheStoredShareIsTheWinners() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            for (int round = 0; round < 3; round++) {
                String id = requestId("/duel" + round, ops(1));
                List<Callable<ApiClient.Response>> racers = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    String approver = i % 2 == 0 ? oscar : mel;
                    racers.add(() -> approve(approver, id));
                    racers.add(() -> reject(adam, id, "{\"reason\":\"race\"}"));
                }
                List<ApiClient.Response> answers = new ArrayList<>();
                for (Future<ApiClient.Response> answer : pool.invokeAll(racers)) {
                    answers.add(answer.get());
                }

                List<ApiClient.Response> winners = answers.stream().filter(a -> a.status() == 200).toList();
                assertThat(winners).hasSize(1);
                assertThat(answers).extracting(ApiClient.Response::status).containsOnly(200, 409);
                String stored = api.get("/api/v1/containers/" + web(1) + "/storage/shares/" + id, alice).data()
                        .get("status").asText();
                assertThat(stored).isEqualTo(winners.get(0).data().get("status").asText());
                assertThat(api.get("/api/v1/containers/" + web(1) + "/storage/shares/" + id + "/history", alice).data())
                        .hasSize(2);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aRequestRacingItsApprovalRejectionAndDeletionNeverAnswers5xxAndEndsDeleted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            for (int round = 0; round < 4; round++) {
                String id = requestId("/race" + round, ops(1));
                List<Callable<Integer>> racers = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    racers.add(() -> approve(oscar, id).status());
                    racers.add(() -> reject(adam, id, "{\"reason\":\"race\"}").status());
                    racers.add(() -> api.send("DELETE", "/api/v1/storage/shares/" + id, alice, null).status());
                    racers.add(() -> api.get("/api/v1/storage/requests", oscar).status());
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> status : pool.invokeAll(racers)) {
                    statuses.add(status.get());
                }

                assertThat(statuses).isSubsetOf(200, 404, 409);
                assertThat(api.get("/api/v1/containers/" + web(1) + "/storage/shares/" + id, alice).status())
                        .isEqualTo(404);
                assertThat(ids(api.get("/api/v1/storage/requests", oscar).data())).doesNotContain(id);
                assertThat(ids(api.get("/api/v1/containers/" + ops(1) + "/storage/incoming", oscar).data()))
                        .doesNotContain(id);
            }
        } finally {
            pool.shutdown();
        }
    }
}
