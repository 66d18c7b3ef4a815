package dev.storageshares.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storageshares.adapter.rest.ApiClient;
import dev.storageshares.adapter.rest.TokenIssuer;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What an operator scrapes from a running server besides HTTP and JVM meters. */
class ServerMetricsTest {
    private static final Pattern PENDING = Pattern.compile(
            "^storage_shares_mount_outcomes_total\\{state=\"pending\"} (\\S+)$", Pattern.MULTILINE);
    private final ApiClient api = new ApiClient(RunningServer.baseUrl());
    private final String admin = new TokenIssuer(RunningServer.SECRET).issue("ops", Set.of("admin"), Duration.ofMinutes(5));

    @Test
    void givenAShareWhenItsTargetIsReconciledThenMetricsCountTheOutcomeAndShowTheBacklog() throws Exception {
        // the server is shared with other tests: only a rise over what was counted before this test acts is its doing
        double before = pendingOutcomes(api.get("/metrics", null).body());
        api.send("PUT", "/api/v1/admin/projects/metrics-p", admin, "{\"realm_id\":\"r1\",\"name\":\"M\"}");
        for (String c : new String[] {"metrics-a", "metrics-b"}) {
            api.send("PUT", "/api/v1/admin/containers/" + c, admin, "{\"realm_id\":\"r1\",\"project_id\":\"metrics-p\","
                    + "\"owner_id\":\"ops\",\"name\":\"" + c + "\",\"runtime_ref\":\"" + c + "\"}");
        }

        assertThat(api.send("POST", "/api/v1/containers/metrics-a/storage/shares", admin,
                "{\"source_path\":\"/data\",\"target_container_id\":\"metrics-b\",\"mode\":\"readonly\"}").status())
                .isEqualTo(201);

        String scraped = "";
        for (int attempt = 0; attempt < 200 && pendingOutcomes(scraped) <= before; attempt++) {
            Thread.sleep(50);
            scraped = api.get("/metrics", null).body();
        }
        assertThat(pendingOutcomes(scraped)).isGreaterThan(before);
        assertThat(scraped)
                .contains("storage_shares_mount_apply_seconds_count")
                .contains("storage_shares_reconcile_backlog")
                .contains("storage_shares_expiry_notices_total")
                .contains("storage_shares_expired_total");
    }

    private static double pendingOutcomes(String scraped) {
        Matcher counter = PENDING.matcher(scraped);
        return counter.find() ? Double.parseDouble(counter.group(1)) : 0;
    }
}
