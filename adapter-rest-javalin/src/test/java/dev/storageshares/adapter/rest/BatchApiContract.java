package dev.storageshares.adapter.rest;

import static dev.storageshares.adapter.rest.ShareApiContract.CREATOR_KEYS;
import static dev.storageshares.adapter.rest.ShareApiContract.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Batch create: per-item results, dry run, all or nothing, and the answers given for the whole batch. */
public abstract class BatchApiContract extends ApiContract {

    private String batchPath(String source) {
        return "/api/v1/containers/" + source + "/storage/shares/batch";
    }

    private ApiClient.Response batch(String body) {
        return api.send("POST", batchPath(web(1)), alice, body);
    }

    private String items(String... bodies) {
        return "[" + String.join(",", bodies) + "]";
    }

    private List<String> sharesOfWeb1() {
        List<String> paths = new ArrayList<>();
        api.get("/api/v1/containers/" + web(1) + "/storage/shares", alice).data()
                .forEach(share -> paths.add(share.get("source_path").asText() + ">" + share.get("target_container_id").asText()
                        + share.get("target_project_id").asText()));
        return paths;
    }

    @Test
    void eachItemGetsTheAnswerASingleCreateWouldGiveInOrder() {
        ApiClient.Response response = batch("{\"shares\":" + items(directBody("/a", web(2)), directBody("/proc/1", web(2)),
                directBody("/a", web(1)), directBody("/a/", web(2)), "42", "{\"source_path\":\"/b\",\"mode\":\"rw\"}",
                projectBody("/a", p())) + "}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("message").asText()).isEqualTo("Batch processed successfully");
        JsonNode data = response.data();
        assertThat(keys(data)).containsExactly("status", "dry_run", "results");
        assertThat(data.get("status").asText()).isEqualTo("mixed");
        assertThat(data.get("dry_run").asBoolean()).isFalse();
        JsonNode results = data.get("results");
        assertThat(results).extracting(r -> r.get("index").asInt()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(results).extracting(r -> r.get("statusCode").asInt()).containsExactly(201, 400, 400, 409, 400, 400, 201);
        assertThat(results).extracting(r -> r.get("code").asText()).containsExactly("null", "INVALID_PATH", "SELF_SHARE",
                "SHARE_ALREADY_EXISTS", "VALIDATION_ERROR", "VALIDATION_ERROR", "null");
        JsonNode created = results.get(0);
        assertThat(keys(created)).containsExactly("index", "statusCode", "code", "message", "share");
        assertThat(created.get("message").asText()).isEqualTo("Storage share created successfully");
        assertThat(keys(created.get("share"))).containsExactlyInAnyOrderElementsOf(CREATOR_KEYS);
        assertThat(results.get(2).get("message").asText()).isEqualTo("A container cannot share a directory with itself.");
        assertThat(results.get(3).get("message").asText()).isEqualTo("Storage share already exists.");
        assertThat(results.get(5).get("data").get("errors")).extracting(e -> e.get("field").asText()).contains("mode");
        assertThat(results.get(1).get("share").isNull()).isTrue();
        assertThat(sharesOfWeb1()).hasSize(2);
    }

    @Test
    void aBatchWhoseItemsAllWorkIsASuccess() {
        ApiClient.Response response = batch("{\"shares\":" + items(directBody("/a", web(2)), projectBody("/a", p()))
                + ",\"atomic\":false,\"dry_run\":false}");

        assertThat(response.data().get("status").asText()).isEqualTo("success");
        assertThat(sharesOfWeb1()).hasSize(2);
    }

    @Test
    void aDryRunCreatesNothingAndShowsTheShareWithoutIdOrTimestamps() {
        aliceShares(directBody("/old", web(2)));

        ApiClient.Response response = batch("{\"dry_run\":true,\"shares\":" + items(directBody("/new", web(2)),
                directBody("/old", web(2))) + "}");

        JsonNode data = response.data();
        assertThat(data.get("dry_run").asBoolean()).isTrue();
        assertThat(data.get("status").asText()).isEqualTo("mixed");
        JsonNode share = data.get("results").get(0).get("share");
        assertThat(data.get("results").get(0).get("statusCode").asInt()).isEqualTo(201);
        assertThat(keys(share)).containsExactlyInAnyOrderElementsOf(CREATOR_KEYS);
        assertThat(share.get("id").isNull()).isTrue();
        assertThat(share.get("created_at").isNull()).isTrue();
        assertThat(share.get("updated_at").isNull()).isTrue();
        assertThat(share.get("source_path").asText()).isEqualTo("/new");
        assertThat(data.get("results").get(1).get("statusCode").asInt()).isEqualTo(409);
        assertThat(sharesOfWeb1()).hasSize(1);
    }

    @Test
    void anAtomicBatchWithAFailingItemCreatesNothingAndAbortsTheOthers() {
        ApiClient.Response response = batch("{\"atomic\":true,\"shares\":" + items(directBody("/a", web(2)),
                directBody("/a", db()), projectBody("/a", p())) + "}");

        JsonNode data = response.data();
        assertThat(data.get("status").asText()).isEqualTo("aborted");
        assertThat(data.get("results")).extracting(r -> r.get("statusCode").asInt()).containsExactly(424, 404, 424);
        assertThat(data.get("results")).extracting(r -> r.get("code").asText()).containsExactly("ABORTED",
                "CONTAINER_NOT_FOUND", "ABORTED");
        assertThat(data.get("results")).allMatch(r -> r.get("share").isNull());
        assertThat(sharesOfWeb1()).isEmpty();
    }

    @Test
    void itemsAnswerAtTheRequestedOutputLevel() {
        ApiClient.Response response = api.send("POST", batchPath(web(1)) + "?output=terse", alice,
                "{\"shares\":" + items(directBody("/a", web(2))) + "}");

        assertThat(keys(response.data().get("results").get(0).get("share"))).containsExactlyElementsOf(OutputApiContract.TERSE_KEYS);
    }

    @Test
    void theSourceAndTheBatchShapeAreAnsweredForTheWholeBatch() {
        String one = "{\"shares\":" + items(directBody("/a", web(2))) + "}";
        assertThat(api.send("POST", batchPath(web(1)), null, one).status()).isEqualTo(401);
        assertThat(api.send("POST", batchPath(web(1)), eve, one).json().get("code").asText()).isEqualTo("CONTAINER_NOT_FOUND");
        assertThat(api.send("POST", batchPath(web(1)), vic, one).status()).isEqualTo(403);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            many.append(i == 0 ? "" : ",").append(directBody("/m" + i, web(2)));
        }
        for (String malformed : List.of("[]", "{}", "{\"shares\":[]}", "{\"shares\":{}}", "{\"shares\":[" + many + "]}",
                "{\"shares\":" + items(directBody("/a", web(2))) + ",\"force\":true}", "{\"shares\":[{}],\"dry_run\":\"yes\"}")) {
            ApiClient.Response refused = batch(malformed);

            assertThat(refused.status()).as(malformed).isEqualTo(400);
            assertThat(refused.json().get("code").asText()).isEqualTo("VALIDATION_ERROR");
        }
        assertThat(sharesOfWeb1()).isEmpty();
    }

    @Test
    void anAtomicBatchRacingSingleCreatesOfTheSameSharesLeavesExactlyOnePerStorageAndTarget() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                String[] bodies = {directBody("/r" + round + "/a", web(2)), directBody("/r" + round + "/b", web(3)),
                        projectBody("/r" + round + "/c", p())};
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> racers = new ArrayList<>();
                racers.add(pool.submit(() -> {
                    start.await();
                    return batch("{\"atomic\":true,\"shares\":" + items(bodies) + "}").status();
                }));
                for (int i = bodies.length - 1; i >= 0; i--) {
                    String body = bodies[i];
                    racers.add(pool.submit(() -> {
                        start.await();
                        return share(alice, web(1), body).status();
                    }));
                }
                start.countDown();
                for (Future<Integer> racer : racers) {
                    assertThat(racer.get(60, TimeUnit.SECONDS)).isIn(200, 201, 409);
                }
            }
            assertThat(sharesOfWeb1()).hasSize(9).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }
}
