package dev.storageshares.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storageshares.adapter.persistence.EmbeddedDatabase;
import dev.storageshares.adapter.rest.ApiClient;
import dev.storageshares.adapter.rest.TokenIssuer;
import java.io.File;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three server processes (separate JVMs, separate ports) on one PostgreSQL: writes through any of
 * them stay unique, each expiry notice goes out exactly once, and all of them read the same data.
 */
class MultiProcessTest {
    private static final String SECRET = "multi-process-test-secret-0123456789";
    private static final List<Process> PROCESSES = new ArrayList<>();
    private static final List<ApiClient> SERVERS = new ArrayList<>();
    private static EmbeddedDatabase database;
    private static String admin;

    @BeforeAll
    static void startThreeServers() throws Exception {
        database = EmbeddedDatabase.startThrowaway(Files.createTempDirectory("ss-multi-").resolve("pg"));
        admin = new TokenIssuer(SECRET.getBytes(StandardCharsets.UTF_8)).issue("root", Set.of("admin"), Duration.ofHours(1));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < 3; i++) {
            int port = freePort();
            Path dataDir = Files.createTempDirectory("ss-multi-server-");
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "serve", "--port", Integer.toString(port), "--database-url", database.jdbcUrl(),
                    "--mount-driver", "none", "--sweep-interval", "1s", "--expiry-notice", "1h", "--create-rate", "0",
                    "--data-dir", dataDir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(new File(dataDir.toFile(), "server.log"));
            builder.environment().put("STORAGE_SHARES_JWT_SECRET", SECRET);
            builder.environment().put("STORAGE_SHARES_DATABASE_USER", database.user());
            PROCESSES.add(builder.start());
            SERVERS.add(new ApiClient("http://127.0.0.1:" + port));
        }
        for (ApiClient server : SERVERS) {
            awaitReady(server);
        }
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (Process process : PROCESSES) {
            process.destroy();
            process.waitFor();
        }
        if (database != null) {
            database.close();
        }
    }

    private static ApiClient server(int i) {
        return SERVERS.get(i % SERVERS.size());
    }

    @Test
    void threeServersOnOneDatabaseStayConsistent() throws Exception {
        server(0).send("PUT", "/api/v1/admin/projects/team", admin, "{\"realm_id\":\"r1\",\"name\":\"Team\"}");
        for (int i = 0; i < 6; i++) {
            server(i).send("PUT", "/api/v1/admin/containers/c" + i, admin, "{\"realm_id\":\"r1\",\"project_id\":\"team\","
                    + "\"owner_id\":\"u\",\"name\":\"c" + i + "\",\"runtime_ref\":\"c" + i + "\"}");
        }

        assertThat(racingCreatesThroughAllServers()).containsExactlyInAnyOrder(201, 409, 409, 409, 409, 409, 409, 409, 409);

        long expiresAt = Instant.now().plus(Duration.ofMinutes(30)).getEpochSecond();
        List<String> expiring = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            JsonNode created = server(i).send("POST", "/api/v1/containers/c" + (i % 6) + "/storage/shares", admin,
                    "{\"source_path\":\"/exp/" + i + "\",\"target_project_id\":\"team\",\"mode\":\"readonly\",\"expires_at\":"
                            + expiresAt + "}").data();
            expiring.add("c" + (i % 6) + "/storage/shares/" + created.get("id").asText());
            server(i + 1).send("PATCH", "/api/v1/containers/c" + ((i + 1) % 6) + "/storage/incoming/"
                    + created.get("id").asText() + "/mount", admin, "{\"mount\":" + (i % 2 == 0) + "}");
        }

        awaitEveryShareNotified(expiring);
        Thread.sleep(3_000);
        for (String share : expiring) {
            assertThat(eventTypes(share)).as(share).containsOnlyOnce("share.expiring").contains("share.mount_toggled");
        }
        Set<String> views = new HashSet<>();
        for (ApiClient server : SERVERS) {
            views.add(server.get("/api/v1/storage/shares?limit=500&include_expired=true", admin).data().toString());
        }
        assertThat(views).as("every process reads the same shares").hasSize(1);
    }

    private List<Integer> racingCreatesThroughAllServers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            List<Callable<Integer>> racers = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                ApiClient server = server(i);
                racers.add(() -> server.send("POST", "/api/v1/containers/c0/storage/shares", admin,
                        "{\"source_path\":\"/race\",\"target_container_id\":\"c1\",\"mode\":\"readonly\"}").status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(racers)) {
                statuses.add(status.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> eventTypes(String share) {
        List<String> types = new ArrayList<>();
        server(0).get("/api/v1/containers/" + share + "/history?limit=500", admin).data()
                .forEach(event -> types.add(event.get("type").asText()));
        return types;
    }

    private static void awaitEveryShareNotified(List<String> shares) throws InterruptedException {
        for (int attempt = 0; attempt < 60; attempt++) {
            if (shares.stream().allMatch(share -> eventTypes(share).contains("share.expiring"))) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not every share got its expiry notice within 30 s");
    }

    private static void awaitReady(ApiClient server) throws InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            try {
                if (server.get("/ready", null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the JVM is still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("server " + server.baseUrl() + " did not become ready within 60 s");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
