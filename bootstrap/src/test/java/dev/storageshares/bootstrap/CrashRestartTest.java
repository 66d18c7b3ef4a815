package dev.storageshares.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.adapter.rest.ApiClient;
import dev.storageshares.adapter.rest.TokenIssuer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server killed without warning — alone, or together with its embedded PostgreSQL as when the
 * machine dies — starts again at once on the same data directory and has lost no acknowledged write.
 */
class CrashRestartTest {
    private static final TokenIssuer TOKENS = new TokenIssuer(ServerProcess.SECRET.getBytes(StandardCharsets.UTF_8));
    private static final String ADMIN = TOKENS.issue("root", Set.of("admin"), Duration.ofHours(1));
    private static final String ALICE = TOKENS.issue("alice", Set.of(), Duration.ofHours(1));
    private static final int ACKNOWLEDGED_BEFORE_KILL = 100;

    private final List<ServerProcess> started = new ArrayList<>();

    @AfterEach
    void leaveNothingRunning() throws Exception {
        for (ServerProcess server : started) {
            server.cleanUp();
        }
    }

    @Test
    void givenServerAndDatabaseKilledMidBurstThenEveryAcknowledgedShareIsThereAfterAnImmediateRestart() throws Exception {
        Path dataDir = Files.createTempDirectory("ss-crash-").resolve("data");
        ServerProcess server = ServerProcess.start(dataDir, "first", started).awaitReady();
        catalog(server.api());

        List<String> acknowledged = new CopyOnWriteArrayList<>();
        CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
        ExecutorService writers = Executors.newFixedThreadPool(8);
        AtomicInteger paths = new AtomicInteger();
        for (int w = 0; w < 8; w++) {
            writers.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        ApiClient.Response created = server.api().send("POST", "/api/v1/containers/web1/storage/shares", ALICE,
                                "{\"source_path\":\"/burst/" + paths.incrementAndGet()
                                        + "\",\"target_container_id\":\"web2\",\"mode\":\"readonly\"}");
                        if (created.status() == 201) {
                            acknowledged.add(created.data().get("id").asText());
                            enough.countDown();
                        }
                    } catch (RuntimeException killed) {
                        return;
                    }
                }
            });
        }
        assertThat(enough.await(3, TimeUnit.MINUTES)).as("creates acknowledged before the kill").isTrue();
        server.killJvmAndDatabase();
        writers.shutdownNow();
        assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        // every 201 a writer received, including those that arrived while the kill was under way
        List<String> ackedAtKill = new ArrayList<>(acknowledged);

        ServerProcess restarted = ServerProcess.start(dataDir, "restarted", started);
        try {
            restarted.awaitReady();
            List<String> lost = ackedAtKill.stream()
                    .filter(id -> restarted.api().get("/api/v1/containers/web1/storage/shares/" + id, ALICE).status() != 200)
                    .toList();
            assertThat(ackedAtKill).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
            assertThat(lost).as("acknowledged shares missing after the crash").isEmpty();
        } finally {
            restarted.stop();
        }
    }

    @Test
    void givenOnlyTheServerKilledThenItsOrphanedDatabaseIsStoppedAndTheNextServeStartsAtOnce() throws Exception {
        Path dataDir = Files.createTempDirectory("ss-orphan-").resolve("data");
        ServerProcess server = ServerProcess.start(dataDir, "first", started).awaitReady();
        catalog(server.api());
        String id = server.api().send("POST", "/api/v1/containers/web1/storage/shares", ALICE,
                "{\"source_path\":\"/kept\",\"target_container_id\":\"web2\",\"mode\":\"readonly\"}").data().get("id").asText();
        ProcessHandle orphan = server.postmaster().orElseThrow();
        server.killJvm();
        assertThat(orphan.isAlive()).as("kill -9 of the JVM leaves its PostgreSQL running").isTrue();

        ServerProcess restarted = ServerProcess.start(dataDir, "restarted", started);
        try {
            restarted.awaitReady();
            assertThat(orphan.isAlive()).isFalse();
            assertThat(restarted.postmaster().map(ProcessHandle::pid)).isNotEqualTo(Optional.of(orphan.pid()));
            assertThat(restarted.api().get("/api/v1/containers/web1/storage/shares/" + id, ALICE).status()).isEqualTo(200);
            assertThat(restarted.log()).contains("orphaned PostgreSQL (pid " + orphan.pid() + ")");
        } finally {
            restarted.stop();
        }
    }

    @Test
    void givenALiveServerThenASecondServeOnItsDataDirectoryIsRefusedWithOneLine() throws Exception {
        Path dataDir = Files.createTempDirectory("ss-live-").resolve("data");
        ServerProcess live = ServerProcess.start(dataDir, "live", started);
        try {
            live.awaitReady();
            ServerProcess second = ServerProcess.start(dataDir, "second", started);
            assertThat(second.awaitExit()).isEqualTo(1);
            List<String> lines = second.log().lines().filter(line -> !line.isBlank()).toList();
            assertThat(lines.get(lines.size() - 1))
                    .startsWith("storage-shares: The data directory ")
                    .contains("is in use by another process");
            assertThat(live.api().get("/ready", null).status()).as("the live server is untouched").isEqualTo(200);
        } finally {
            live.stop();
        }
    }

    private static void catalog(ApiClient api) {
        assertThat(api.send("PUT", "/api/v1/admin/projects/team", ADMIN,
                "{\"realm_id\":\"r1\",\"name\":\"Team\",\"members\":[{\"user_id\":\"alice\",\"role\":\"owner\"}]}").status())
                .isEqualTo(201);
        for (String container : List.of("web1", "web2")) {
            assertThat(api.send("PUT", "/api/v1/admin/containers/" + container, ADMIN, "{\"realm_id\":\"r1\",\"project_id\":\"team\","
                    + "\"owner_id\":\"alice\",\"name\":\"" + container + "\",\"runtime_ref\":\"" + container + "\"}").status())
                    .isEqualTo(201);
        }
    }
}
