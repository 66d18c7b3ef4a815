package dev.storageshares.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two tenants on one server: alice (project P) probes bob's resources (project Q) through every
 * endpoint, and every answer must be exactly the answer for an id that does not exist — same
 * status, code, message and data — so that no endpoint tells her what bob has.
 */
public abstract class IsolationApiContract extends ApiContract {
    private String bobDirect;
    private String bobProject;
    private String aliceShare;

    @BeforeEach
    void bobSharesWithinHisProject() {
        container(db(2), q(), "bob");
        bobDirect = bobShares("{\"source_path\":\"/bob/direct\",\"target_container_id\":\"" + db(2) + "\",\"mode\":\"readonly\"}");
        bobProject = bobShares(projectBody("/bob/project", q()));
        aliceShare = aliceShares(directBody("/alice", web(2))).get("id").asText();
    }

    private String db(int i) {
        return i == 1 ? db() : "db" + i + "-" + n;
    }

    private String bobShares(String body) {
        ApiClient.Response response = share(bob, db(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.data().get("id").asText();
    }

    @Test
    void givenBobsIdsInAnyPathParameterThenAliceGetsTheAnswerForAnUnknownId() {
        List<String> compared = new ArrayList<>();
        for (Endpoints.Endpoint endpoint : Endpoints.of(api)) {
            List<String> parameters = endpoint.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                String probed = parameters.get(i);
                for (String theirs : bobsOf(Endpoints.kindOf(probed))) {
                    String theirPath = endpoint.path(name -> name.equals(probed) ? theirs : alicesOwn(name));
                    String unknownPath = endpoint.path(name -> name.equals(probed) ? unknownOf(name) : alicesOwn(name));
                    ApiClient.Response theirAnswer = call(endpoint, theirPath, probeBody(endpoint));
                    ApiClient.Response unknownAnswer = call(endpoint, unknownPath, probeBody(endpoint));
                    assertSameAnswer(endpoint + " with bob's " + probed, theirAnswer, unknownAnswer);
                    compared.add(endpoint + " " + probed);
                }
            }
        }
        assertThat(compared).as("endpoints with an id to probe").hasSizeGreaterThanOrEqualTo(10);
        assertBobsSharesUntouched();
    }

    @Test
    void givenBobsIdsAsShareTargetsThenCreatingAnswersAsForUnknownTargets() {
        String create = "/api/v1/containers/" + web(1) + "/storage/shares";
        assertSameAnswer("target container",
                api.send("POST", create, alice, directBody("/probe", db(2))),
                api.send("POST", create, alice, directBody("/probe", "ghost-" + n)));
        assertSameAnswer("target project",
                api.send("POST", create, alice, projectBody("/probe", q())),
                api.send("POST", create, alice, projectBody("/probe", "ghost-" + n)));
    }

    @Test
    void givenEveryListWithoutParametersThenNoneShowsBobsShares() {
        for (Endpoints.Endpoint endpoint : Endpoints.of(api)) {
            if (endpoint.method().equals("GET") && endpoint.authenticated() && endpoint.parameters().isEmpty()) {
                for (String query : List.of("", "?realm_id=r1", "?limit=500")) {
                    String body = api.get(endpoint.template() + query, alice).body();
                    assertThat(body).as(endpoint + query).doesNotContain(bobDirect).doesNotContain(bobProject)
                            .doesNotContain(db());
                }
            }
        }
    }

    private List<String> bobsOf(Endpoints.Kind kind) {
        return switch (kind) {
            case CONTAINER -> List.of(db(), db(2));
            case SHARE -> List.of(bobDirect, bobProject);
            case PROJECT -> List.of(q());
        };
    }

    private String alicesOwn(String parameter) {
        return switch (Endpoints.kindOf(parameter)) {
            case CONTAINER -> web(1);
            case SHARE -> aliceShare;
            case PROJECT -> p();
        };
    }

    /** Same shape as a real id: a share id is 24 hex digits, here one no share has. */
    private String unknownOf(String parameter) {
        return Endpoints.kindOf(parameter) == Endpoints.Kind.SHARE ? "0000000000000000000000ff" : "ghost-" + n;
    }

    private static String probeBody(Endpoints.Endpoint endpoint) {
        if (!endpoint.hasBody()) {
            return null;
        }
        return endpoint.template().endsWith("/mount") ? "{\"mount\":false}" : "{\"label\":\"probe\"}";
    }

    private ApiClient.Response call(Endpoints.Endpoint endpoint, String path, String body) {
        return api.send(endpoint.method(), path, alice, body);
    }

    private static void assertSameAnswer(String what, ApiClient.Response theirs, ApiClient.Response unknown) {
        assertThat(theirs.status()).as(what + ": " + theirs.body() + " vs " + unknown.body()).isEqualTo(unknown.status());
        JsonNode a = theirs.json();
        JsonNode b = unknown.json();
        for (String field : List.of("statusCode", "error", "code", "message", "data")) {
            assertThat(String.valueOf(a.get(field))).as(what + " " + field).isEqualTo(String.valueOf(b.get(field)));
        }
    }

    private void assertBobsSharesUntouched() {
        for (String id : List.of(bobDirect, bobProject)) {
            JsonNode share = api.get("/api/v1/containers/" + db() + "/storage/shares/" + id, bob).data();
            assertThat(share.get("label").isNull()).as("label of " + id).isTrue();
            assertThat(share.get("created_at").asText()).isEqualTo(share.get("updated_at").asText());
        }
        JsonNode incoming = api.get("/api/v1/containers/" + db(2) + "/storage/incoming", bob).data();
        incoming.forEach(share -> assertThat(share.get("mount").asBoolean()).isTrue());
    }
}
