package dev.storageshares.adapter.rest;

import static dev.storageshares.adapter.rest.ShareApiContract.CREATOR_KEYS;
import static dev.storageshares.adapter.rest.ShareApiContract.RECEIVER_KEYS;
import static dev.storageshares.adapter.rest.ShareApiContract.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The {@code output} levels on every endpoint that answers share objects. */
public abstract class OutputApiContract extends ApiContract {
    static final List<String> TERSE_KEYS = List.of("id", "source_container_id", "source_path", "target_type",
            "target_container_id", "target_project_id", "mode", "enabled", "status");

    private static List<String> plus(List<String> keys, String... more) {
        return Stream.concat(keys.stream(), Stream.of(more)).toList();
    }

    private static List<String> without(List<String> keys, String key) {
        List<String> rest = new ArrayList<>(keys);
        rest.remove(key);
        return rest;
    }

    private String shares() {
        return "/api/v1/containers/" + web(1) + "/storage/shares";
    }

    @Test
    void terseCreatorViewsCarryOnlyTheIdentifyingKeysOnCreateGetListAndPatch() {
        ApiClient.Response created = api.send("POST", shares() + "?output=terse", alice, directBody("/data", web(2)));
        String id = created.data().get("id").asText();

        assertThat(created.status()).isEqualTo(201);
        assertThat(keys(created.data())).containsExactlyElementsOf(TERSE_KEYS);
        assertThat(keys(api.get(shares() + "/" + id + "?output=terse", alice).data())).containsExactlyElementsOf(TERSE_KEYS);
        assertThat(keys(api.get(shares() + "?output=terse", alice).data().get(0))).containsExactlyElementsOf(TERSE_KEYS);
        assertThat(keys(api.get("/api/v1/storage/shares?output=terse", alice).data().get(0))).containsExactlyElementsOf(TERSE_KEYS);
        ApiClient.Response patched = api.send("PATCH", shares() + "/" + id + "?output=terse", alice, "{\"mode\":\"readwrite\"}");
        assertThat(keys(patched.data())).containsExactlyElementsOf(TERSE_KEYS);
        assertThat(patched.data().get("mode").asText()).isEqualTo("readwrite");
    }

    @Test
    void standardIsTheDefaultView() {
        String id = aliceShares(directBody("/data", web(2))).get("id").asText();

        JsonNode standard = api.get(shares() + "/" + id + "?output=standard", alice).data();

        assertThat(keys(standard)).containsExactlyInAnyOrderElementsOf(CREATOR_KEYS);
        assertThat(standard).isEqualTo(api.get(shares() + "/" + id, alice).data());
    }

    @Test
    void fullCreatorViewsAddTheMountsOfEveryReachedContainerAndANullDecision() {
        String id = aliceShares(projectBody("/logs", p())).get("id").asText();

        JsonNode full = api.get(shares() + "/" + id + "?output=full", alice).data();

        assertThat(keys(full)).containsExactlyInAnyOrderElementsOf(plus(CREATOR_KEYS, "mounts", "decision"));
        assertThat(full.get("decision").isNull()).isTrue();
        assertThat(full.get("mounts")).extracting(m -> m.get("container_id").asText()).containsExactly(web(2), web(3));
        JsonNode mount = full.get("mounts").get(0);
        assertThat(keys(mount)).containsExactly("container_id", "state", "message");
        assertThat(mount.get("state").asText()).isIn("pending", "applied");
        assertThat(keys(api.get(shares() + "?output=full", alice).data().get(0)))
                .containsExactlyInAnyOrderElementsOf(plus(CREATOR_KEYS, "mounts", "decision"));
    }

    @Test
    void aDisabledShareOrOneTheReceiverSwitchedOffIsNotMountedThere() {
        String disabled = aliceShares("{\"source_path\":\"/off\",\"target_container_id\":\"" + web(2)
                + "\",\"mode\":\"readonly\",\"enabled\":false}").get("id").asText();
        String project = aliceShares(projectBody("/logs", p())).get("id").asText();
        ApiClient.Response toggled = api.send("PATCH", "/api/v1/containers/" + web(2) + "/storage/incoming/" + project
                + "/mount?output=full", alice, "{\"mount\":false}");

        assertThat(api.get(shares() + "/" + disabled + "?output=full", alice).data().get("mounts")).isEmpty();
        assertThat(toggled.data().get("share").get("mounts")).extracting(m -> m.get("container_id").asText())
                .containsExactly(web(3));
    }

    @Test
    void receiverViewsOfOneContainerKeepTheSwitchAndReportOnlyThatContainer() {
        aliceShares(projectBody("/logs", p()));
        String incoming = "/api/v1/containers/" + web(2) + "/storage/incoming";

        JsonNode terse = api.get(incoming + "?output=terse", alice).data().get(0);
        JsonNode full = api.get(incoming + "?output=full", alice).data().get(0);

        assertThat(keys(terse)).containsExactlyElementsOf(plus(TERSE_KEYS, "mount_path", "mount"));
        assertThat(keys(full)).containsExactlyInAnyOrderElementsOf(plus(RECEIVER_KEYS, "mounts", "decision"));
        assertThat(full.get("mounts")).extracting(m -> m.get("container_id").asText()).containsExactly(web(2));
    }

    @Test
    void theGlobalIncomingListReportsOnlyTheReadableContainers() {
        container(web(4), p(), "zed");
        aliceShares(projectBody("/logs", p()));
        String zed = token("zed");

        JsonNode terse = api.get("/api/v1/storage/incoming?output=terse", zed).data().get(0);
        JsonNode full = api.get("/api/v1/storage/incoming?output=full", zed).data().get(0);

        assertThat(keys(terse)).containsExactlyElementsOf(plus(TERSE_KEYS, "mount_path"));
        assertThat(keys(full)).containsExactlyInAnyOrderElementsOf(plus(without(RECEIVER_KEYS, "mount"), "mounts", "decision"));
        assertThat(full.get("mounts")).extracting(m -> m.get("container_id").asText()).containsExactly(web(4));
    }

    @Test
    void anUnknownLevelIsAValidationErrorAndCreatesNothing() {
        ApiClient.Response refused = api.send("POST", shares() + "?output=verbose", alice, directBody("/data", web(2)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(refused.data().get("errors").get(0).get("field").asText()).isEqualTo("output");
        assertThat(api.get(shares(), alice).data()).isEmpty();
        assertThat(api.get("/api/v1/storage/incoming?output=", alice).status()).isEqualTo(400);
    }
}
