package dev.storageshares.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The error rows of docs/api.md §1, the order of checks of §4.1, and authentication (§7). */
public abstract class ErrorApiContract extends ApiContract {

    private ApiClient.Response listWith(String token) {
        return api.get("/api/v1/containers/" + web(1) + "/storage/shares", token);
    }

    private static void assertError(ApiClient.Response response, int status, String code, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("statusCode").asInt()).isEqualTo(status);
        assertThat(response.json().get("code").asText()).isEqualTo(code);
        if (message != null) {
            assertThat(response.json().get("message").asText()).isEqualTo(message);
        }
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingOrNonBearerTokenIsMissingToken() {
        assertError(listWith(null), 401, "MISSING_TOKEN", "Authentication token required");
        ApiClient.Response basic = api.sendRaw(HttpRequest.newBuilder(
                URI.create(api.baseUrl() + "/api/v1/storage/shares")).header("Authorization", "Basic YTpi").build());
        assertError(basic, 401, "MISSING_TOKEN", "Authentication token required");
        assertThat(basic.json().get("error").asText()).isEqualTo("Unauthorized");
    }

    @Test
    void badTokensAreInvalidToken() {
        String wrongSecret = new TokenIssuer("another-secret-another-secret-123".getBytes(StandardCharsets.UTF_8))
                .issue("alice-" + n, Set.of(), Duration.ofHours(1));
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String unsigned = header + "." + b64("{\"sub\":\"alice-" + n + "\"}") + ".";
        String hs384 = JWT.create().withSubject("alice-" + n).sign(Algorithm.HMAC384(jwtSecret()));
        String expired = JWT.create().withSubject("alice-" + n).withExpiresAt(Instant.now().minusSeconds(120))
                .sign(Algorithm.HMAC256(jwtSecret()));
        String noSubject = JWT.create().withClaim("roles", List.of("admin")).sign(Algorithm.HMAC256(jwtSecret()));
        String notYet = JWT.create().withSubject("alice-" + n).withNotBefore(Instant.now().plusSeconds(300))
                .sign(Algorithm.HMAC256(jwtSecret()));

        for (String token : List.of(wrongSecret, unsigned, hs384, expired, noSubject, notYet, "garbage")) {
            assertError(listWith(token), 401, "INVALID_TOKEN", "Invalid authentication token");
        }
    }

    @Test
    void aTokenWithinTheLeewayIsAccepted() {
        String justExpired = JWT.create().withSubject("alice-" + n).withExpiresAt(Instant.now().minusSeconds(10))
                .sign(Algorithm.HMAC256(jwtSecret()));

        assertThat(listWith(justExpired).status()).isEqualTo(200);
    }

    @Test
    void everyBadFieldIsListed() {
        ApiClient.Response response = share(alice, web(1), "{\"source_path\":7,\"target_container_id\":\"" + web(2)
                + "\",\"mode\":\"rw\",\"alias\":\"NO\",\"label\":\"ab\",\"mount_path\":\"/x\",\"expires_at\":1.5}");

        assertError(response, 400, "VALIDATION_ERROR", "Validation failed");
        assertThat(response.data().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("source_path", "mode", "alias", "label", "mount_path", "expires_at");
    }

    @Test
    void aBadPathIsListedAmongTheOtherBadFieldsWithItsRulesSentence() {
        ApiClient.Response response = share(alice, web(1), "{\"source_path\":\"/proc/1\",\"target_container_id\":\""
                + web(2) + "\",\"mode\":\"readonly\",\"alias\":\"NO\"}");

        assertError(response, 400, "VALIDATION_ERROR", "Validation failed");
        assertThat(response.data().get("errors")).extracting(e -> e.get("field").asText() + ": " + e.get("message").asText())
                .containsExactly("alias: must match ^[a-z0-9_-]{3,63}$",
                        "source_path: source_path must not be under the system path /proc");
    }

    @Test
    void malformedAndNonObjectBodiesAreValidationErrors() {
        assertError(share(alice, web(1), "{\"source_path\":"), 400, "VALIDATION_ERROR", null);
        assertError(share(alice, web(1), "[1,2]"), 400, "VALIDATION_ERROR", null);
        assertError(share(alice, web(1), "{\"a\":1,\"a\":2}"), 400, "VALIDATION_ERROR", null);
    }

    @Test
    void pathRulesAreInvalidPath() {
        ApiClient.Response response = share(alice, web(1), directBody("/proc/self", web(2)));

        assertError(response, 400, "INVALID_PATH", null);
        assertThat(response.json().get("message").asText()).contains("/proc");
    }

    @Test
    void sharingWithItselfIsASelfShare() {
        assertError(share(alice, web(1), directBody("/d", web(1))), 400, "SELF_SHARE",
                "A container cannot share a directory with itself.");
    }

    @Test
    void aDuplicateIsAConflict() {
        aliceShares(directBody("/d", web(2)));

        assertError(share(alice, web(1), directBody("/d/", web(2))), 409, "SHARE_ALREADY_EXISTS", "Storage share already exists.");
    }

    @Test
    void accessIsJudgedBeforeTheBody() {
        assertError(share(eve, web(1), "not json"), 404, "CONTAINER_NOT_FOUND", "Container not found");
        assertError(share(vic, web(1), "not json"), 403, "INSUFFICIENT_PERMISSIONS", "Insufficient permissions");
        assertError(share(alice, "no-such-" + n, "{}"), 404, "CONTAINER_NOT_FOUND", "Container not found");
    }

    @Test
    void invisibleTargetsAreNotFound() {
        assertError(share(alice, web(1), directBody("/d", db())), 404, "CONTAINER_NOT_FOUND", "Container not found");
        assertError(share(alice, web(1), projectBody("/d", q())), 404, "RESOURCE_NOT_FOUND", "Project not found");
    }

    @Test
    void unknownAndMalformedIdsAreNotFound() {
        String shares = "/api/v1/containers/" + web(1) + "/storage/shares/";
        assertError(api.get(shares + "0123456789abcdef01234567", alice), 404, "RESOURCE_NOT_FOUND", "Storage share not found");
        assertError(api.get(shares + "not-an-id", alice), 404, "RESOURCE_NOT_FOUND", "Storage share not found");
        assertError(api.send("PATCH", "/api/v1/containers/" + web(2) + "/storage/incoming/zz/mount", alice,
                "{\"mount\":true}"), 404, "RESOURCE_NOT_FOUND", "Share not found");
        assertError(api.get("/api/v1/nothing-here", alice), 404, "RESOURCE_NOT_FOUND", null);
    }

    @Test
    void patchRefusesImmutableFieldsAndNullModes() {
        String id = aliceShares(directBody("/d", web(2))).get("id").asText();
        String path = "/api/v1/containers/" + web(1) + "/storage/shares/" + id;

        ApiClient.Response immutable = api.send("PATCH", path, alice, "{\"source_path\":\"/x\",\"target_project_id\":\"p\"}");
        assertError(immutable, 400, "VALIDATION_ERROR", null);
        assertThat(immutable.data().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("source_path", "target_project_id");
        assertError(api.send("PATCH", path, alice, "{\"mode\":null}"), 400, "VALIDATION_ERROR", null);
        assertError(api.send("PATCH", path, alice, "{\"enabled\":null}"), 400, "VALIDATION_ERROR", null);
    }

    @Test
    void oversizedAndNonJsonBodiesAreRefused() {
        String huge = "{\"description\":\"" + "x".repeat(70_000) + "\"}";
        assertError(share(alice, web(1), huge), 413, "PAYLOAD_TOO_LARGE", null);
        assertError(api.send("POST", "/api/v1/containers/" + web(1) + "/storage/shares", alice, "a=b",
                "application/x-www-form-urlencoded"), 415, "UNSUPPORTED_MEDIA_TYPE", null);
    }

    @Test
    void nonAdminsCannotTouchTheCatalog() {
        assertError(api.send("PUT", "/api/v1/admin/projects/x-" + n, alice, "{\"realm_id\":\"r1\",\"name\":\"X\"}"),
                403, "INSUFFICIENT_PERMISSIONS", "Insufficient permissions");
        assertError(api.send("PUT", "/api/v1/admin/containers/x-" + n, admin, "{\"realm_id\":\"r2\",\"project_id\":\""
                + p() + "\",\"owner_id\":\"u\",\"name\":\"x\",\"runtime_ref\":\"x\"}"), 400, "VALIDATION_ERROR", null);
    }

    @Test
    void badListParametersAreValidationErrors() {
        for (String query : List.of("?limit=0", "?limit=501", "?limit=abc", "?cursor=nope", "?target_type=host",
                "?enabled=yes", "?include_expired=1", "?status=broken")) {
            assertError(api.get("/api/v1/containers/" + web(1) + "/storage/shares" + query, alice), 400,
                    "VALIDATION_ERROR", null);
        }
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
