package dev.storageshares.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What only this module can check: the served routes against the document, and rate limiting. */
class ServerOnlyTest {

    @Test
    void theOpenApiDocumentListsExactlyTheServedRoutes() {
        try (RestServer server = InMemoryServer.start(0)) {
            JsonNode document = new ApiClient("http://127.0.0.1:" + server.port()).get("/openapi.json", null).json();
            Set<String> documented = new HashSet<>();
            document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                    .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
            Set<String> served = new HashSet<>(server.servedRoutes());
            Set<String> consolePages = Set.of("GET /console", "GET /console/{asset}");

            assertThat(served).containsAll(consolePages);
            served.removeAll(consolePages);
            assertThat(documented).isEqualTo(served).hasSize(25);
        }
    }

    @Test
    void aBatchCountsOneCreationPerItemIsRefusedWholeBeyondTheRateAndADryRunCountsNothing() {
        try (RestServer server = InMemoryServer.start(3)) {
            ApiClient api = new ApiClient("http://127.0.0.1:" + server.port());
            String token = new TokenIssuer(InMemoryServer.SECRET).issue("someone", Set.of(), Duration.ofMinutes(5));
            String batch = "/api/v1/containers/nope/storage/shares/batch";
            String twoItems = "{\"shares\":[{},{}]}";

            assertThat(api.send("POST", batch, token, "{\"shares\":[{},{}],\"dry_run\":true}").status()).isEqualTo(404);
            assertThat(api.send("POST", batch, token, twoItems).status()).isEqualTo(404);
            ApiClient.Response refused = api.send("POST", batch, token, twoItems);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.json().get("code").asText()).isEqualTo("RATE_LIMIT_EXCEEDED");
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(api.send("POST", "/api/v1/containers/nope/storage/shares", token, "{}").status()).isEqualTo(404);
            assertThat(api.send("POST", "/api/v1/containers/nope/storage/shares", token, "{}").status()).isEqualTo(429);
        }
    }

    @Test
    void creatingBeyondTheRateIsTooManyRequestsWithRetryAfter() {
        try (RestServer server = InMemoryServer.start(2)) {
            ApiClient api = new ApiClient("http://127.0.0.1:" + server.port());
            String token = new TokenIssuer(InMemoryServer.SECRET).issue("someone", Set.of(), Duration.ofMinutes(5));
            String path = "/api/v1/containers/nope/storage/shares";

            assertThat(api.send("POST", path, token, "{}").status()).isEqualTo(404);
            assertThat(api.send("POST", path, token, "{}").status()).isEqualTo(404);
            ApiClient.Response limited = api.send("POST", path, token, "{}");

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.json().get("code").asText()).isEqualTo("RATE_LIMIT_EXCEEDED");
            assertThat(limited.json().get("message").asText()).isEqualTo("Rate limit exceeded");
            assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        }
    }
}
