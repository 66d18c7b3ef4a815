package dev.storageshares.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the HTTP end-to-end suites. A subclass supplies a running server; every test builds
 * its own small world with unique ids, so tests share a server without seeing each other:
 * realm r1, project P (alice owner, mia member, vic viewer) with web1 (alice), web2 and web3 (carol);
 * project Q (bob) with db1 (bob). The admin token belongs to "root".
 */
public abstract class ApiContract {
    private static final AtomicInteger WORLDS = new AtomicInteger();

    protected ApiClient api;
    protected TokenIssuer tokens;
    protected String n;
    protected String admin;
    protected String alice;
    protected String mia;
    protected String vic;
    protected String bob;
    protected String eve;

    /** Base URL of a running server, e.g. http://127.0.0.1:1234 */
    protected abstract String baseUrl();

    /** The secret that server verifies tokens with. */
    protected abstract byte[] jwtSecret();

    @BeforeEach
    void buildWorld() {
        api = new ApiClient(baseUrl());
        tokens = new TokenIssuer(jwtSecret());
        n = System.nanoTime() % 1_000_000 + "-" + WORLDS.incrementAndGet();
        admin = tokens.issue("root", Set.of("admin"), Duration.ofHours(1));
        alice = token("alice");
        mia = token("mia");
        vic = token("vic");
        bob = token("bob");
        eve = token("eve");
        put("/api/v1/admin/projects/" + p(), "{\"realm_id\":\"r1\",\"name\":\"P\",\"members\":[" + member("alice", "owner")
                + "," + member("mia", "member") + "," + member("vic", "viewer") + "]}");
        put("/api/v1/admin/projects/" + q(), "{\"realm_id\":\"r1\",\"name\":\"Q\",\"members\":[" + member("bob", "owner") + "]}");
        container(web(1), p(), "alice");
        container(web(2), p(), "carol");
        container(web(3), p(), "carol");
        container(db(), q(), "bob");
    }

    protected String token(String user) {
        return tokens.issue(user + "-" + n, Set.of(), Duration.ofHours(1));
    }

    protected String member(String user, String role) {
        return "{\"user_id\":\"" + user + "-" + n + "\",\"role\":\"" + role + "\"}";
    }

    protected String p() {
        return "P-" + n;
    }

    protected String q() {
        return "Q-" + n;
    }

    protected String web(int i) {
        return "web" + i + "-" + n;
    }

    protected String db() {
        return "db1-" + n;
    }

    protected void container(String id, String project, String owner) {
        put("/api/v1/admin/containers/" + id, "{\"realm_id\":\"r1\",\"project_id\":\"" + project + "\",\"owner_id\":\""
                + owner + "-" + n + "\",\"name\":\"" + id + "\",\"runtime_ref\":\"" + id + "\"}");
    }

    private void put(String path, String body) {
        ApiClient.Response response = api.send("PUT", path, admin, body);
        if (response.status() != 201) {
            throw new IllegalStateException("setting up " + path + " failed: " + response.body());
        }
    }

    protected ApiClient.Response share(String token, String source, String body) {
        return api.send("POST", "/api/v1/containers/" + source + "/storage/shares", token, body);
    }

    protected String directBody(String path, String target) {
        return "{\"source_path\":\"" + path + "\",\"target_container_id\":\"" + target + "\",\"mode\":\"readonly\"}";
    }

    protected String projectBody(String path, String project) {
        return "{\"source_path\":\"" + path + "\",\"target_project_id\":\"" + project + "\",\"mode\":\"readonly\"}";
    }

    /** Creates a share as alice from web1 and returns its JSON. */
    protected JsonNode aliceShares(String body) {
        ApiClient.Response response = share(alice, web(1), body);
        if (response.status() != 201) {
            throw new IllegalStateException("share failed: " + response.body());
        }
        return response.data();
    }
}
