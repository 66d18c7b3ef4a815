package dev.storageshares.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
}
