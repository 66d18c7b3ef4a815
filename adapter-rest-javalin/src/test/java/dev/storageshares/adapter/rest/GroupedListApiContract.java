package dev.storageshares.adapter.rest;

import static dev.storageshares.adapter.rest.ShareApiContract.CREATOR_KEYS;
import static dev.storageshares.adapter.rest.ShareApiContract.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code group_by=source_path} on both outgoing lists. */
public abstract class GroupedListApiContract extends ApiContract {

    private String shares() {
        return "/api/v1/containers/" + web(1) + "/storage/shares";
    }

    @Test
    void aContainersSharesComeAsOneGroupPerDirectoryPagedByGroups() {
        String older = aliceShares(directBody("/logs", web(2))).get("id").asText();
        String single = aliceShares(directBody("/data", web(2))).get("id").asText();
        String newer = aliceShares(projectBody("/logs", p())).get("id").asText();

        ApiClient.Response first = api.get(shares() + "?group_by=source_path&limit=1", alice);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("message").asText()).isEqualTo("Storage shares retrieved successfully");
        JsonNode group = first.data().get(0);
        assertThat(first.data()).hasSize(1);
        assertThat(keys(group)).containsExactly("source_container_id", "source_path", "shares");
        assertThat(group.get("source_container_id").asText()).isEqualTo(web(1));
        assertThat(group.get("source_path").asText()).isEqualTo("/logs");
        assertThat(group.get("shares")).extracting(s -> s.get("id").asText()).containsExactly(newer, older);
        assertThat(keys(group.get("shares").get(0))).containsExactlyInAnyOrderElementsOf(CREATOR_KEYS);
        String cursor = first.json().get("pagination").get("next_cursor").asText();

        ApiClient.Response second = api.get(shares() + "?group_by=source_path&limit=1&cursor=" + cursor, alice);
        assertThat(second.data()).hasSize(1);
        assertThat(second.data().get(0).get("shares")).extracting(s -> s.get("id").asText()).containsExactly(single);
        assertThat(second.json().get("pagination").get("next_cursor").isNull()).isTrue();
    }

    @Test
    void theGlobalListIsGroupedTooWithFiltersAndOutputLevels() {
        aliceShares(directBody("/logs", web(2)));
        String project = aliceShares(projectBody("/logs", p())).get("id").asText();

        ApiClient.Response grouped = api.get("/api/v1/storage/shares?group_by=source_path&target_type=project&output=terse", alice);

        assertThat(grouped.json().get("message").asText()).isEqualTo("All storage shares retrieved successfully");
        assertThat(grouped.data()).hasSize(1);
        assertThat(grouped.data().get(0).get("shares")).extracting(s -> s.get("id").asText()).containsExactly(project);
        assertThat(keys(grouped.data().get(0).get("shares").get(0))).containsExactlyElementsOf(OutputApiContract.TERSE_KEYS);
        assertThat(api.get("/api/v1/storage/shares?group_by=source_path", bob).data()).isEmpty();
    }

    @Test
    void anyOtherGroupingIsAValidationError() {
        for (String path : new String[] {shares(), "/api/v1/storage/shares"}) {
            ApiClient.Response refused = api.get(path + "?group_by=target", alice);

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("code").asText()).isEqualTo("VALIDATION_ERROR");
            assertThat(refused.data().get("errors").get(0).get("field").asText()).isEqualTo("group_by");
        }
        assertThat(api.get("/api/v1/containers/" + web(1) + "/storage/shares?group_by=target", eve).status()).isEqualTo(404);
    }
}
