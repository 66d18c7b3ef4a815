package dev.storageshares.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A seeded HTTP fuzz over every endpoint of the OpenAPI document: random and mutated bodies, query
 * parameters, headers, media types, methods and path segments. No answer may be a 5xx, and every
 * 4xx must be the JSON envelope with statusCode equal to the HTTP status. A failure names its seed
 * and request number, so it replays exactly.
 */
public abstract class FuzzApiContract extends ApiContract {
    private static final long SEED = 20261201L;
    private static final int WORKERS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"};
    private static final String[] FIELDS = {"source_path", "target_container_id", "target_project_id", "mode", "alias",
        "label", "description", "enabled", "expires_at", "mount", "realm_id", "name", "members", "project_id",
        "owner_id", "runtime_ref", "user_id", "role", "id", "status", ""};
    private static final String[] VALUES = {"null", "true", "false", "0", "-1", "1.5", "1e309", "-0", "99999999999999999999",
        "\"\"", "\"/data\"", "\"readonly\"", "\"readwrite\"", "\"r1\"", "\"owner\"", "\"viewer\"", "[]", "{}", "\"/proc/1\"",
        "\"/a/../b\"", "\"\\u0000\"", "\"\\ud800\"", "\"ünï\"", "[\"x\"]", "{\"a\":1}", "4102444800", "[{\"user_id\":\"u\",\"role\":\"owner\"}]",
        "\"" + "x".repeat(5000) + "\"", "[[[[[[[[[[]]]]]]]]]]"};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=utf-8",
        "application/json; charset=bogus", "application/json; charset=", "application/json; charset=\"utf-8\"", ";", "",
        "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json;;;",
        "*/*", "application/json; charset=utf-16"};
    private static final String[] QUERY_KEYS = {"limit", "cursor", "realm_id", "target_type", "enabled", "include_expired",
        "status", "label", "output", "x"};
    private static final String[] QUERY_VALUES = {"0", "1", "500", "501", "-1", "abc", "", "true", "yes", "container",
        "project", "active", "failed", "r1", "OTIyMzM3MjAzNjg1NDc3NTgwNzp4", "LTE6YWJj", "MTIzOg", "%00", "%ZZ", "%FF%FE",
        "a%2Fb", "9".repeat(40), "terse", "standard", "full", "FULL"};

    /**
     * How many requests to send: 10,000 by default. A server whose requests cost more may send
     * fewer, as long as its failure modes are reached (every request kind is drawn from the start).
     */
    protected int requests() {
        return 10_000;
    }

    @Test
    void givenSeededRandomRequestsThenNoneIsAServerErrorAndEveryErrorIsTheEnvelope() throws Exception {
        List<Endpoints.Endpoint> endpoints = Endpoints.of(api);
        String shareId = aliceShares(directBody("/fuzz", web(2))).get("id").asText();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<String> failures = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Callable<Integer>> workers = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                long seed = SEED + w;
                workers.add(() -> fuzz(http, endpoints, shareId, seed, requests() / WORKERS, failures));
            }
            int sent = 0;
            for (Future<Integer> worker : pool.invokeAll(workers)) {
                sent += worker.get();
            }
            assertThat(sent).isEqualTo(requests() / WORKERS * WORKERS);
        } finally {
            pool.shutdown();
        }
        assertThat(failures).as("requests that broke the contract (seed/request: method path -> answer)").isEmpty();
    }

    private int fuzz(HttpClient http, List<Endpoints.Endpoint> endpoints, String shareId, long seed, int count,
                     List<String> failures) throws InterruptedException {
        Random random = new Random(seed);
        int sent = 0;
        for (int i = 0; i < count && failures.size() < 20; i++) {
            Endpoints.Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
            String method = random.nextInt(8) == 0 ? METHODS[random.nextInt(METHODS.length)] : endpoint.method();
            String path = endpoint.path(name -> segment(random, name, shareId)) + query(random, endpoint.queryParameters());
            String token = token(random);
            byte[] body = random.nextInt(4) == 0 ? null : body(random);
            String contentType = body != null || random.nextInt(4) == 0
                    ? CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)] : null;
            String accept = random.nextInt(10) == 0
                    ? (random.nextBoolean() ? "text/html" : "application/xml;q=0.1, */*;q=0") : null;
            String what = seed + "/" + i + ": " + method + " " + path;
            try {
                RawHttp.Answer answer;
                try {
                    answer = isUri(path)
                            ? viaClient(http, method, path, token, contentType, accept, body)
                            : viaSocket(method, path, token, contentType, accept, body);
                } catch (IOException closedUnderneath) {
                    // the client may reuse a connection Jetty has just closed after refusing a request;
                    // a server that really fails this request fails it again on a fresh connection
                    answer = viaSocket(method, path, token, contentType, accept, body);
                }
                check(what, method, answer, failures);
            } catch (UncheckedIOException | IllegalStateException e) {
                failures.add(what + " -> " + e);
            }
            sent++;
        }
        return failures.isEmpty() ? sent : count;
    }

    private static boolean isUri(String path) {
        try {
            URI.create(path);
            return true;
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private RawHttp.Answer viaClient(HttpClient http, String method, String path, String token, String contentType,
                                     String accept, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUrl() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new RawHttp.Answer(response.statusCode(), response.body());
    }

    /** What no URI class accepts (a lone %, %zz) still reaches servers from other clients: send it raw. */
    private RawHttp.Answer viaSocket(String method, String path, String token, String contentType, String accept,
                                     byte[] body) {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1");
        if (token != null) {
            head.append("\r\nAuthorization: ").append(token);
        }
        if (contentType != null) {
            head.append("\r\nContent-Type: ").append(contentType);
        }
        if (accept != null) {
            head.append("\r\nAccept: ").append(accept);
        }
        return RawHttp.send(api.baseUrl(), head.toString(), body);
    }

    private static void check(String what, String method, RawHttp.Answer response, List<String> failures) {
        int status = response.status();
        if (status >= 500) {
            failures.add(what + " -> " + status + " " + response.body());
            return;
        }
        if (status < 400 || method.equals("HEAD")) {
            return;
        }
        try {
            JsonNode error = JSON.readTree(response.body());
            boolean envelope = error != null && error.path("statusCode").asInt() == status && error.path("error").isTextual()
                    && error.path("code").isTextual() && error.path("message").isTextual();
            if (!envelope) {
                failures.add(what + " -> " + status + " not the envelope: " + response.body());
            }
        } catch (IOException e) {
            failures.add(what + " -> " + status + " not JSON: " + response.body());
        }
    }

    private String segment(Random random, String name, String shareId) {
        return switch (random.nextInt(8)) {
            case 0, 1, 2 -> switch (Endpoints.kindOf(name)) {
                case SHARE -> shareId;
                case PROJECT -> p();
                case CONTAINER -> web(1 + random.nextInt(3));
            };
            case 3 -> db();
            case 4 -> "0000000000000000000000ff";
            case 5 -> URLEncoder.encode(randomText(random, 1 + random.nextInt(40)), StandardCharsets.UTF_8);
            case 6 -> List.of("%00", "..", ".", "%2e%2e", "%2F", "a%2Fb", "%", "%zz", "x".repeat(300), "%C0%AF", "~", "%20")
                    .get(random.nextInt(12));
            default -> shareId.substring(0, random.nextInt(shareId.length() + 1));
        };
    }

    private static String query(Random random, List<String> documented) {
        if (random.nextInt(3) != 0) {
            return "";
        }
        StringBuilder query = new StringBuilder("?");
        int count = 1 + random.nextInt(3);
        for (int q = 0; q < count; q++) {
            String key = !documented.isEmpty() && random.nextBoolean()
                    ? documented.get(random.nextInt(documented.size())) : QUERY_KEYS[random.nextInt(QUERY_KEYS.length)];
            query.append(q == 0 ? "" : "&").append(key).append('=')
                    .append(QUERY_VALUES[random.nextInt(QUERY_VALUES.length)]);
        }
        return query.toString();
    }

    private String token(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> null;
            case 1 -> "Bearer " + admin;
            case 2 -> "Bearer " + bob;
            case 3 -> "Bearer " + mutate(random, alice.getBytes(StandardCharsets.US_ASCII), 1)
                    .replaceAll("[^A-Za-z0-9._-]", "x");
            case 4 -> random.nextBoolean() ? "Basic YTpi" : "Bearer";
            case 5 -> "Bearer " + vic;
            default -> "Bearer " + alice;
        };
    }

    private byte[] body(Random random) {
        String valid = switch (random.nextInt(4)) {
            case 0 -> directBody("/fuzz/" + random.nextInt(1000), web(2 + random.nextInt(2)));
            case 1 -> projectBody("/fuzz/" + random.nextInt(1000), p());
            case 2 -> "{\"mount\":" + random.nextBoolean() + "}";
            default -> "{\"label\":\"l" + random.nextInt(10) + "\",\"enabled\":" + random.nextBoolean() + "}";
        };
        return switch (random.nextInt(6)) {
            case 0 -> valid.getBytes(StandardCharsets.UTF_8);
            case 1 -> mutate(random, valid.getBytes(StandardCharsets.UTF_8), 1 + random.nextInt(4)).getBytes(StandardCharsets.ISO_8859_1);
            case 2 -> randomBytes(random);
            default -> randomObject(random).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String randomObject(Random random) {
        StringBuilder body = new StringBuilder("{");
        int count = random.nextInt(7);
        for (int f = 0; f < count; f++) {
            body.append(f == 0 ? "" : ",").append('"').append(FIELDS[random.nextInt(FIELDS.length)]).append("\":")
                    .append(VALUES[random.nextInt(VALUES.length)]);
        }
        String text = body.append('}').toString();
        return random.nextInt(10) == 0 ? text.substring(0, random.nextInt(text.length() + 1)) : text;
    }

    /** Flips, inserts or deletes a few bytes; the result is read as ISO-8859-1 so any byte survives. */
    private static String mutate(Random random, byte[] bytes, int edits) {
        StringBuilder text = new StringBuilder(new String(bytes, StandardCharsets.ISO_8859_1));
        for (int e = 0; e < edits && text.length() > 0; e++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.setCharAt(at, (char) random.nextInt(256));
                case 1 -> text.insert(at, (char) random.nextInt(256));
                default -> text.deleteCharAt(at);
            }
        }
        return text.toString();
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < length; c++) {
            text.append((char) (random.nextInt(5) == 0 ? random.nextInt(0x3000) : 32 + random.nextInt(95)));
        }
        return text.toString();
    }
}
