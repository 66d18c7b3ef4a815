package dev.storageshares.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * The web console in real headless Chromium against the real server on PostgreSQL. Every action is
 * checked twice: on the page, and through the API the page claims to have used. Each test signs in as
 * its own user with its own containers, so the tests share one server and one browser without seeing
 * each other's shares.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {
    private Browser browser;
    private ConsoleServer server;

    @BeforeAll
    void start() {
        browser = Browser.start();
        server = new ConsoleServer();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void forgetTheLastSignIn() {
        browser.viewport(1280, 800);
        // A page of the same origin that runs no script, so nothing writes the storage back after the clear.
        browser.open(server.baseUrl + "/health");
        browser.script("sessionStorage.clear()");
        browser.open("about:blank");
    }

    /** A user with a project of three containers: "<user>-web", "<user>-worker", "<user>-db". */
    private String world(String user) {
        server.project(user + "-team", user + ":owner");
        for (String c : List.of("web", "worker", "db")) {
            server.container(user + "-" + c, user + "-team", user);
        }
        return server.token(user);
    }

    /** Opens a sign-in link in a fresh page, as a link from the platform would, and waits for the lists. */
    private void signInByLink(String token, String user) {
        browser.open(server.baseUrl + "/console#token=" + token);
        awaitSignedIn(user);
    }

    private void awaitSignedIn(String user) {
        try {
            browser.await(textToBePresentInElementLocated(By.id("who"), user));
        } catch (TimeoutException e) {
            throw new AssertionError("not signed in as " + user + " at " + browser.driver.getCurrentUrl() + "; the page says: "
                    + browser.find("#status").getText() + " / " + browser.find("#token-error").getText(), e);
        }
        awaitLoaded();
    }

    private void awaitLoaded() {
        browser.await(presenceOfElementLocated(By.cssSelector("#app[aria-busy=false]")));
    }

    @Test
    void aLinkWithTheTokenInItsFragmentSignsInAndTheTokenLeavesTheAddressBar() {
        String token = world("lina");

        // The console is already open in this tab: following the link changes only the fragment.
        browser.open(server.baseUrl + "/console");
        browser.await(visibilityOfElementLocated(By.id("token")));
        browser.script("location.href = arguments[0]", server.baseUrl + "/console#token=" + token);
        awaitSignedIn("lina");

        assertThat(browser.driver.getCurrentUrl()).doesNotContain(token).endsWith("/console#shares");
        assertThat(browser.script("return sessionStorage.getItem('storage-shares.token')")).isEqualTo(token);
        assertThat(browser.find("#who").getText()).isEqualTo("Signed in as lina");
    }

    @Test
    void aPastedTokenSignsInAndABadOneGetsTheApiMessage() {
        String token = world("paul");
        browser.open(server.baseUrl + "/console");

        browser.await(visibilityOfElementLocated(By.id("token"))).sendKeys("not-a-token");
        browser.find("#sign-in-form button").click();
        browser.await(textToBePresentInElementLocated(By.id("token-error"), "Invalid authentication token"));
        browser.find("#token").clear();
        paste(browser.find("#token"), token);
        browser.find("#sign-in-form button").click();

        browser.await(textToBePresentInElementLocated(By.id("who"), "paul"));
        assertThat(browser.find("#sign-in").isDisplayed()).isFalse();
    }

    @Test
    void createsAShareFromTheFormAfterADryRunPreviewThatStoresNothing() {
        String token = world("cora");
        signInByLink(token, "cora");
        browser.find("a[data-view=new]").click();

        fill("source_container_id", "cora-web");
        fill("source_path", "/data//reports/");
        fill("target_id", "cora-worker");
        fill("label", "nightly reports");
        browser.find("#create button[type=submit]").click();
        WebElement preview = browser.await(visibilityOfElementLocated(By.cssSelector("#create .preview")));
        browser.await(visibilityOfElementLocated(By.cssSelector("#create .preview button")));
        assertThat(preview.getText()).contains("would accept", "cora-web:/data/reports", "container cora-worker", "read-only", "active");
        assertThat(server.api.get("/api/v1/containers/cora-web/storage/shares", token).data()).isEmpty();
        browser.find("#create .preview button").click();

        WebElement row = browser.await(visibilityOfElementLocated(By.cssSelector("#outgoing tr[data-share-id]")));
        assertThat(row.getText()).contains("cora-worker", "read-only", "nightly reports");
        assertThat(browser.find("#outgoing h4").getText()).contains("cora-web", "/data/reports");
        JsonNode stored = server.api.get("/api/v1/containers/cora-web/storage/shares", token).data();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).get("id").asText()).isEqualTo(row.getAttribute("data-share-id"));
        assertThat(stored.get(0).get("source_path").asText()).isEqualTo("/data/reports");
        assertThat(stored.get(0).get("label").asText()).isEqualTo("nightly reports");
    }

    @Test
    void approvingAndRejectingRequestsFromTheRequestsList() {
        String anna = world("anna");
        server.project("rex-team", true, "rex:owner");
        server.container("rex-db", "rex-team", "rex");
        String approved = server.share(anna, "anna-web", "{\"source_path\":\"/data/out\",\"target_container_id\":\"rex-db\",\"mode\":\"readonly\"}");
        String rejected = server.share(anna, "anna-web", "{\"source_path\":\"/data/tmp\",\"target_container_id\":\"rex-db\",\"mode\":\"readwrite\"}");
        signInByLink(server.token("rex"), "rex");
        String row = "#requests tr[data-share-id='%s']";

        browser.await(visibilityOfElementLocated(By.cssSelector(row.formatted(approved) + " button[aria-label^=Approve]"))).click();
        browser.await(invisibilityOfElementLocated(By.cssSelector(row.formatted(approved))));
        browser.find(row.formatted(rejected) + " input").sendKeys("no scratch space here");
        browser.find(row.formatted(rejected) + " button[aria-label^=Reject]").click();
        browser.await(textToBePresentInElementLocated(By.cssSelector("#requests"), "Nothing waits for your approval."));

        browser.await(textToBePresentInElementLocated(By.cssSelector("#incoming tr[data-share-id='" + approved + "']"), "active"));
        JsonNode nowActive = server.api.get("/api/v1/containers/anna-web/storage/shares/" + approved, anna).data();
        assertThat(nowActive.get("status").asText()).isEqualTo("active");
        JsonNode nowRejected = server.api.get("/api/v1/containers/anna-web/storage/shares/" + rejected, anna).data();
        assertThat(nowRejected.get("status").asText()).isEqualTo("rejected");
        assertThat(nowRejected.get("status_message").asText()).isEqualTo("no scratch space here");
    }

    @Test
    void aRefusedShareShowsTheApiMessageNextToTheFieldAndCreatesNothing() {
        String token = world("fred");
        signInByLink(token, "fred");
        browser.find("a[data-view=new]").click();

        fill("source_container_id", "fred-web");
        fill("source_path", "/proc/1");
        fill("target_id", "fred-db");
        browser.find("#create button[type=submit]").click();
        WebElement path = browser.find("#create [name=source_path]");
        browser.await(attributeToBe(path, "aria-invalid", "true"));
        assertThat(browser.find("#create .preview").getText()).contains("The server would refuse this share");
        assertThat(browser.driver.findElements(By.cssSelector("#create .preview button"))).isEmpty();
        String errorId = path.getAttribute("aria-describedby").replaceAll(".* ", "");
        assertThat(browser.find("#" + errorId).getText()).containsIgnoringCase("/proc");
        assertThat(browser.find("#create .form-error").getText()).isEmpty();
        assertThat(server.api.get("/api/v1/containers/fred-web/storage/shares", token).data()).isEmpty();
    }

    @Test
    void theReceiverSwitchWorksFromTheKeyboardAndReachesTheApi() {
        String token = world("rita");
        String id = server.share(token, "rita-web", "{\"source_path\":\"/srv/assets\",\"target_container_id\":\"rita-worker\",\"mode\":\"readonly\"}");
        signInByLink(token, "rita");
        By toggle = By.cssSelector("#incoming tr[data-share-id='" + id + "'] input[role=switch]");

        WebElement theSwitch = browser.await(presenceOfElementLocated(toggle));
        assertThat(theSwitch.isSelected()).isTrue();
        assertThat(theSwitch.getAttribute("aria-label")).isEqualTo("Mount rita-web:/srv/assets in rita-worker");
        theSwitch.sendKeys(Keys.SPACE);

        browser.await(driver -> !driver.findElement(toggle).isSelected() && driver.findElement(toggle).isEnabled());
        assertThat(browser.find("#incoming tr[data-share-id='" + id + "']").getText()).contains("not mounted: switched off here");
        JsonNode incoming = server.api.get("/api/v1/containers/rita-worker/storage/incoming", token).data();
        assertThat(incoming.get(0).get("mount").asBoolean()).isFalse();
        assertThat(server.api.get("/api/v1/containers/rita-worker/storage/mounts", token).data()).isEmpty();

        browser.find("#incoming tr[data-share-id='" + id + "'] input[role=switch]").sendKeys(Keys.SPACE);
        browser.await(driver -> driver.findElement(toggle).isSelected() && driver.findElement(toggle).isEnabled());
        assertThat(server.api.get("/api/v1/containers/rita-worker/storage/incoming", token).data().get(0).get("mount").asBoolean()).isTrue();
    }

    @Test
    void editSwitchOffHistoryAndDeleteGoThroughTheApi() {
        String token = world("erik");
        String id = server.share(token, "erik-web", "{\"source_path\":\"/data/logs\",\"target_project_id\":\"erik-team\",\"mode\":\"readonly\"}");
        signInByLink(token, "erik");
        String row = "#outgoing tr[data-share-id='" + id + "']";

        browser.await(visibilityOfElementLocated(By.cssSelector(row + " button[aria-label^=Edit]"))).click();
        WebElement label = browser.await(visibilityOfElementLocated(By.cssSelector("#dialog [name=label]")));
        label.sendKeys("app logs");
        new org.openqa.selenium.support.ui.Select(browser.find("#dialog [name=mode]")).selectByValue("readwrite");
        browser.find("#dialog button[type=submit]").click();
        browser.await(textToBePresentInElementLocated(By.cssSelector(row), "app logs"));
        JsonNode edited = server.api.get("/api/v1/containers/erik-web/storage/shares/" + id, token).data();
        assertThat(edited.get("label").asText()).isEqualTo("app logs");
        assertThat(edited.get("mode").asText()).isEqualTo("readwrite");

        browser.find(row + " button[aria-label^='Switch off']").click();
        browser.await(presenceOfElementLocated(By.cssSelector(row + " button[aria-label^='Switch on']")));
        assertThat(server.api.get("/api/v1/containers/erik-web/storage/shares/" + id, token).data().get("enabled").asBoolean()).isFalse();

        browser.find(row + " button[aria-label^='History']").click();
        browser.await(visibilityOfElementLocated(By.cssSelector("#dialog .timeline")));
        List<String> events = browser.driver.findElements(By.cssSelector("#dialog .timeline > li strong")).stream()
                .map(WebElement::getText).toList();
        assertThat(events).containsExactly("Changed", "Changed", "Created");
        browser.find("#dialog [data-close]").click();

        browser.find(row + " button[aria-label^='Delete']").click();
        browser.await(visibilityOfElementLocated(By.cssSelector("#dialog button.danger"))).click();
        browser.await(invisibilityOfElementLocated(By.cssSelector(row)));
        assertThat(server.api.get("/api/v1/containers/erik-web/storage/shares/" + id, token).status()).isEqualTo(404);
    }

    @Test
    void everyControlHasALabelAndANarrowWindowDoesNotScrollSideways() {
        String token = world("nora");
        server.share(token, "nora-web", "{\"source_path\":\"/data/a-rather-long/directory/name\",\"target_container_id\":\"nora-db\",\"mode\":\"readwrite\"}");
        signInByLink(token, "nora");

        Object unlabelled = browser.script("return [...document.querySelectorAll('input, select, textarea, button')]"
                + ".filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label') && !c.textContent.trim())"
                + ".map(c => c.outerHTML)");
        assertThat((List<?>) unlabelled).isEmpty();

        browser.viewport(500, 860); // Chromium's narrowest window
        browser.open(server.baseUrl + "/console#shares");
        awaitSignedIn("nora");
        browser.await(presenceOfElementLocated(By.cssSelector("#outgoing tr[data-share-id]")));
        Object overflow = browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        browser.screenshot("narrow-window");
    }

    @Test
    void savesScreenshotsOfTheMainViews() {
        server.project("team-a", "alice:owner", "bob:member");
        server.project("team-b", "bob:owner");
        for (String c : List.of("web-1", "web-2", "worker-1")) {
            server.container(c, "team-a", "alice");
        }
        server.container("db-1", "team-b", "bob");
        server.container("analytics-1", "team-b", "bob");
        String alice = server.token("alice");
        String bob = server.token("bob");
        server.share(alice, "web-1", "{\"source_path\":\"/data/reports\",\"target_container_id\":\"web-2\",\"mode\":\"readonly\",\"label\":\"daily reports\"}");
        server.share(alice, "web-1", "{\"source_path\":\"/data/reports\",\"target_project_id\":\"team-a\",\"mode\":\"readonly\"}");
        server.share(alice, "web-1", "{\"source_path\":\"/srv/uploads\",\"target_container_id\":\"worker-1\",\"mode\":\"readwrite\"}");
        String cache = server.share(alice, "worker-1", "{\"source_path\":\"/var/cache/build\",\"target_container_id\":\"web-2\",\"mode\":\"readwrite\"}");
        ConsoleServer.check(server.api.send("PATCH", "/api/v1/containers/worker-1/storage/shares/" + cache, alice, "{\"enabled\":false}"));
        server.share(bob, "db-1", "{\"source_path\":\"/exports/nightly\",\"target_container_id\":\"web-2\",\"mode\":\"readonly\"}");
        String models = server.share(bob, "analytics-1", "{\"source_path\":\"/data/models\",\"target_project_id\":\"team-a\",\"mode\":\"readwrite\"}");
        ConsoleServer.check(server.api.send("PATCH", "/api/v1/containers/worker-1/storage/incoming/" + models + "/mount", alice, "{\"mount\":false}"));

        signInByLink(alice, "alice");
        browser.await(presenceOfElementLocated(By.cssSelector("#incoming tr[data-share-id='" + models + "']")));
        assertThat(browser.screenshot("shares")).isNotEmptyFile();

        browser.find("a[data-view=topology]").click();
        WebElement picture = browser.await(visibilityOfElementLocated(By.cssSelector("#topology-picture svg")));
        browser.script("arguments[0].scrollIntoView()", browser.find("#topology-picture"));
        assertThat(picture.findElements(By.cssSelector("g.edge"))).hasSize(6);
        assertThat(picture.findElements(By.cssSelector("g.edge-project"))).hasSize(2);
        assertThat(picture.findElements(By.cssSelector("g.edge-off"))).hasSize(1);
        assertThat(picture.findElements(By.cssSelector("g.node-project")).stream().map(WebElement::getText))
                .containsExactly("project team-a");
        assertThat(browser.screenshot("topology")).isNotEmptyFile();

        browser.find("a[data-view=new]").click();
        fill("source_container_id", "web-2");
        fill("source_path", "/data/exports");
        browser.find("#create input[value=project]").click();
        fill("target_id", "team-a");
        fill("label", "exports for the team");
        browser.find("#create button[type=submit]").click();
        browser.await(visibilityOfElementLocated(By.cssSelector("#create .preview button")));
        assertThat(browser.screenshot("new-share")).isNotEmptyFile();

        browser.find("a[data-view=shares]").click();
        browser.find("#outgoing tr[data-share-id='" + cache + "'] button[aria-label^=History]").click();
        browser.await(visibilityOfElementLocated(By.cssSelector("#dialog .timeline")));
        assertThat(browser.screenshot("history")).isNotEmptyFile();
        browser.find("#dialog [data-close]").click();
    }

    /** Puts text in a field at once, as pasting does; typing a long token key by key only slows the test. */
    private void paste(WebElement field, String text) {
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))", field, text);
    }

    private void fill(String name, String value) {
        WebElement input = browser.find("#create [name=" + name + "]");
        input.clear();
        input.sendKeys(value);
    }
}
