package dev.storageshares.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every authenticated endpoint times every way a token can be wrong: each answers 401 in the
 * envelope before looking at ids or bodies, and none changes anything.
 */
public abstract class AuthenticationMatrixApiContract extends ApiContract {

    private Map<String, String> badTokens() {
        String subject = "alice-" + n;
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("bad signature", new TokenIssuer("another-secret-another-secret-123".getBytes(StandardCharsets.UTF_8))
                .issue(subject, Set.of("admin"), Duration.ofHours(1)));
        bad.put("alg none", b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64("{\"sub\":\"" + subject
                + "\",\"roles\":[\"admin\"]}") + ".");
        bad.put("expired", JWT.create().withSubject(subject).withExpiresAt(Instant.now().minusSeconds(600))
                .sign(Algorithm.HMAC256(jwtSecret())));
        bad.put("future nbf", JWT.create().withSubject(subject).withNotBefore(Instant.now().plusSeconds(600))
                .sign(Algorithm.HMAC256(jwtSecret())));
        bad.put("no sub", JWT.create().withClaim("roles", List.of("admin")).sign(Algorithm.HMAC256(jwtSecret())));
        return bad;
    }

    @Test
    void givenNoTokenThenEveryEndpointAnswersMissingToken() {
        int checked = 0;
        for (Endpoints.Endpoint endpoint : Endpoints.of(api)) {
            if (endpoint.authenticated()) {
                assertUnauthorized(endpoint, call(endpoint, null), "MISSING_TOKEN", "Authentication token required");
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(15);
    }

    @Test
    void givenEveryKindOfBadTokenThenEveryEndpointAnswersInvalidToken() {
        String id = aliceShares(directBody("/auth", web(2))).get("id").asText();
        for (Map.Entry<String, String> token : badTokens().entrySet()) {
            for (Endpoints.Endpoint endpoint : Endpoints.of(api)) {
                if (endpoint.authenticated()) {
                    ApiClient.Response response = api.send(endpoint.method(), path(endpoint, id), token.getValue(),
                            endpoint.hasBody() ? "{\"mount\":false,\"label\":\"x\"}" : null);
                    assertUnauthorized(endpoint + " with " + token.getKey(), response, "INVALID_TOKEN",
                            "Invalid authentication token");
                }
            }
        }
        JsonNode share = api.get("/api/v1/containers/" + web(1) + "/storage/shares/" + id, alice).data();
        assertThat(share.get("label").isNull()).as("no request with a bad token changed the share").isTrue();
    }

    @Test
    void givenTheTokensPublicEndpointsStillAnswer() {
        for (String open : List.of("/health", "/ready", "/openapi.json")) {
            assertThat(api.get(open, badTokens().get("alg none")).status()).as(open).isEqualTo(200);
        }
    }

    private ApiClient.Response call(Endpoints.Endpoint endpoint, String token) {
        return api.send(endpoint.method(), path(endpoint, "0000000000000000000000ff"), token,
                endpoint.hasBody() ? "{}" : null);
    }

    private String path(Endpoints.Endpoint endpoint, String shareId) {
        return endpoint.path(name -> switch (Endpoints.kindOf(name)) {
            case SHARE -> shareId;
            case PROJECT -> p();
            case CONTAINER -> web(1);
        });
    }

    private static void assertUnauthorized(Object what, ApiClient.Response response, String code, String message) {
        JsonNode error = MalformedRequestApiContract.assertEnvelope(response.status(), response.body(), 401);
        assertThat(error.get("code").asText()).as(what.toString()).isEqualTo(code);
        assertThat(error.get("message").asText()).as(what.toString()).isEqualTo(message);
        assertThat(error.has("data")).as(what.toString()).isFalse();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
