package dev.storageshares.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Races, pagination walks and fuzzed bodies: the server never loses a write and never answers 5xx. */
public abstract class RobustnessApiContract extends ApiContract {

    @Test
    void racingIdenticalCreatesYieldOne201AndTheRest409() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Callable<Integer>> racers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                racers.add(() -> share(alice, web(1), directBody("/race", web(2))).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(racers)) {
                statuses.add(status.get());
            }
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
            assertThat(statuses.stream().filter(s -> s == 409)).hasSize(23);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void walkingPagesVisitsEveryShareOnceNewestFirst() {
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            created.add(aliceShares(directBody("/page" + i, web(2))).get("id").asText());
        }
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get("/api/v1/containers/" + web(1) + "/storage/shares?limit=3"
                    + (cursor == null ? "" : "&cursor=" + cursor), alice).json();
            page.get("data").forEach(share -> walked.add(share.get("id").asText()));
            assertThat(page.get("pagination").get("limit").asInt()).isEqualTo(3);
            cursor = page.get("pagination").get("next_cursor").isNull() ? null : page.get("pagination").get("next_cursor").asText();
        } while (cursor != null);

        assertThat(walked).hasSize(7).containsExactlyInAnyOrderElementsOf(created);
        assertThat(new ArrayList<>(walked)).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void fuzzedBodiesNeverCauseAServerError() {
        String id = aliceShares(directBody("/fuzz-target", web(3))).get("id").asText();
        Random random = new Random(42);
        String[] fields = {"source_path", "target_container_id", "target_project_id", "mode", "alias", "label",
                "description", "enabled", "expires_at", "mount", "id", "x"};
        String[] values = {"null", "true", "false", "0", "-1", "1.5", "1e309", "99999999999999999999", "\"\"",
                "\"/data\"", "\"readonly\"", "\"readwrite\"", "\"" + web(2) + "\"", "\"" + p() + "\"", "[]", "{}",
                "\"/proc/1\"", "\"/a/../b\"", "\"\\u0000\"", "\"ünï\"", "[\"x\"]", "{\"a\":1}", "4102444800"};
        for (int i = 0; i < 1500; i++) {
            StringBuilder body = new StringBuilder("{");
            int count = random.nextInt(6);
            for (int f = 0; f < count; f++) {
                body.append(f == 0 ? "" : ",").append('"').append(fields[random.nextInt(fields.length)]).append("\":")
                        .append(values[random.nextInt(values.length)]);
            }
            String text = random.nextInt(20) == 0 ? body.substring(0, random.nextInt(body.length() + 1)) : body + "}";
            int create = share(alice, web(1), text).status();
            int patch = api.send("PATCH", "/api/v1/containers/" + web(1) + "/storage/shares/" + id, alice, text).status();
            assertThat(create).as("create %s", text).isLessThan(500);
            assertThat(patch).as("patch %s", text).isLessThan(500);
        }
    }

    /**
     * Creates, updates, toggles and deletes racing each other and the deletion and re-creation of a
     * receiving container: whatever interleaving happens, every answer is a 2xx or a clear 4xx — and
     * enough of them succeed that the race really exercised the writes (a server refusing every call
     * would pass the first check alone).
     */
    @Test
    void givenEveryKindOfWriteRacingThenNoAnswerIsAServerError() throws Exception {
        List<String> shareIds = new CopyOnWriteArrayList<>();
        List<String> serverErrors = new CopyOnWriteArrayList<>();
        Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> workers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                Random random = new Random(w);
                workers.add(() -> {
                    for (int i = 0; i < 60; i++) {
                        Operation operation = randomOperation(random, shareIds);
                        if (operation.response().status() >= 500) {
                            serverErrors.add(operation.response().status() + " " + operation.response().body());
                        } else if (operation.response().status() < 300) {
                            successes.computeIfAbsent(operation.kind(), k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(workers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(serverErrors).isEmpty();
        assertThat(successes.keySet()).as("kinds of call that succeeded at least once")
                .containsExactlyInAnyOrder("create", "update", "toggle", "delete", "recreate container", "read");
        assertThat(successes.values().stream().mapToInt(AtomicInteger::get).sum()).as("2xx answers of 480")
                .isGreaterThanOrEqualTo(100);
    }

    private record Operation(String kind, ApiClient.Response response) {
    }

    private Operation randomOperation(Random random, List<String> shareIds) {
        String some = shareIds.isEmpty() ? "000000000000000000000000" : shareIds.get(random.nextInt(shareIds.size()));
        String receiver = web(2 + random.nextInt(2));
        switch (random.nextInt(7)) {
            case 0, 1 -> {
                String path = "/mixed/" + random.nextInt(30);
                ApiClient.Response created = share(alice, web(1), random.nextBoolean()
                        ? directBody(path, receiver) : projectBody(path, p()));
                if (created.status() == 201) {
                    shareIds.add(created.data().get("id").asText());
                }
                return new Operation("create", created);
            }
            case 2 -> {
                return new Operation("update", api.send("PATCH", "/api/v1/containers/" + web(1) + "/storage/shares/" + some,
                        alice, random.nextBoolean() ? "{\"mode\":\"readwrite\",\"label\":\"busy\"}"
                                : "{\"enabled\":" + random.nextBoolean() + ",\"expires_at\":null}"));
            }
            case 3 -> {
                return new Operation("toggle", api.send("PATCH", "/api/v1/containers/" + receiver + "/storage/incoming/"
                        + some + "/mount", alice, "{\"mount\":" + random.nextBoolean() + "}"));
            }
            case 4 -> {
                return new Operation("delete", api.send("DELETE", "/api/v1/storage/shares/" + some, alice, null));
            }
            case 5 -> {
                ApiClient.Response deleted = api.send("DELETE", "/api/v1/admin/containers/" + web(3), admin, null);
                ApiClient.Response recreated = api.send("PUT", "/api/v1/admin/containers/" + web(3), admin,
                        "{\"realm_id\":\"r1\",\"project_id\":\"" + p()
                                + "\",\"owner_id\":\"carol\",\"name\":\"w3\",\"runtime_ref\":\"w3\"}");
                return new Operation("recreate container", deleted.status() >= 500 ? deleted : recreated);
            }
            default -> {
                return new Operation("read", api.get("/api/v1/containers/" + receiver + "/storage/"
                        + (random.nextBoolean() ? "incoming" : "mounts"), alice));
            }
        }
    }
}
