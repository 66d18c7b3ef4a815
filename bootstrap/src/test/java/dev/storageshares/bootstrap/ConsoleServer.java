package dev.storageshares.bootstrap;

import dev.storageshares.adapter.rest.ApiClient;
import dev.storageshares.adapter.rest.TokenIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.time.Duration;
import java.util.Set;

/**
 * The server the browser talks to: the real one as `serve` wires it (embedded PostgreSQL, migrations, the
 * REST adapter serving the console), started on its own so the pages show only what these tests made, with the catalog calls the platform would make (the console never
 * makes them) and the API checks the tests use to confirm what the page claims.
 */
final class ConsoleServer implements AutoCloseable {
    static final byte[] SECRET = "console-test-secret-0123456789abcdefgh".getBytes(StandardCharsets.UTF_8);

    private final Server server;
    final String baseUrl;
    final ApiClient api;
    private final TokenIssuer tokens = new TokenIssuer(SECRET);
    private final String admin;

    ConsoleServer() {
        try {
            Settings settings = Settings.resolve(Map.of("--port", "0", "--data-dir",
                    Files.createTempDirectory("storage-shares-console-test-").toString(),
                    "--mount-driver", "none", "--create-rate", "0"), Map.of());
            this.server = Server.start(settings, SECRET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.baseUrl = "http://127.0.0.1:" + server.port();
        this.api = new ApiClient(baseUrl);
        this.admin = tokens.issue("platform", Set.of("admin"), Duration.ofHours(1));
    }

    String token(String user) {
        return tokens.issue(user, Set.of(), Duration.ofHours(1));
    }

    /** A project whose members are "user:role" pairs. */
    void project(String id, String... members) {
        project(id, false, members);
    }

    /** A project whose members are "user:role" pairs, open to share requests from other teams or not. */
    void project(String id, boolean acceptsShareRequests, String... members) {
        StringBuilder list = new StringBuilder();
        for (String m : members) {
            String[] parts = m.split(":");
            list.append(list.isEmpty() ? "" : ",").append("{\"user_id\":\"").append(parts[0]).append("\",\"role\":\"")
                    .append(parts[1]).append("\"}");
        }
        check(api.send("PUT", "/api/v1/admin/projects/" + id, admin,
                "{\"realm_id\":\"r1\",\"name\":\"" + id + "\",\"accepts_share_requests\":" + acceptsShareRequests
                        + ",\"members\":[" + list + "]}"));
    }

    void container(String id, String project, String owner) {
        check(api.send("PUT", "/api/v1/admin/containers/" + id, admin, "{\"realm_id\":\"r1\",\"project_id\":\"" + project
                + "\",\"owner_id\":\"" + owner + "\",\"name\":\"" + id + "\",\"runtime_ref\":\"" + id + "\"}"));
    }

    /** Creates a share through the API and answers its id. */
    String share(String token, String source, String body) {
        ApiClient.Response created = check(api.send("POST", "/api/v1/containers/" + source + "/storage/shares", token, body));
        return created.data().get("id").asText();
    }

    static ApiClient.Response check(ApiClient.Response response) {
        if (response.status() >= 300) {
            throw new IllegalStateException("set-up call failed: " + response.status() + " " + response.body());
        }
        return response;
    }

    @Override
    public void close() {
        server.close();
    }
}
