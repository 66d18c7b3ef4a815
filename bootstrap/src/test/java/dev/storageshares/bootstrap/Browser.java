package dev.storageshares.bootstrap;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (scripts/browser-setup.sh installs both).
 * The driver path is given explicitly, so Selenium Manager never runs and nothing is downloaded.
 * Without the browser the tests are skipped loudly, except with CI=true, where that is a failure.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final String BINARY = "/usr/bin/chromium";

    final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser start() {
        if (!DRIVER.canExecute() || !new File(BINARY).canExecute()) {
            String why = "no " + BINARY + " or " + DRIVER + " (run scripts/browser-setup.sh)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but " + why);
            }
            System.err.println("WARNING: skipping browser tests: " + why);
            Assumptions.abort(why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        // --no-sandbox: CI runs as root; --disable-dev-shm-usage: small /dev/shm in containers.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800",
                "--force-device-scale-factor=1", "--lang=en-GB", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        return new Browser(new ChromeDriver(service, options));
    }

    void open(String url) {
        driver.get(url);
    }

    /**
     * Waits for the page: it talks to a real server, so nothing is instant, and on a busy machine a
     * page can take seconds. A list re-drawn while we look at it is looked at again.
     */
    <T> T await(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(condition);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** Sizes the window so that the page itself (not the window with its frame) is width × height. */
    void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        Number frameWidth = (Number) script("return window.outerWidth - window.innerWidth");
        Number frameHeight = (Number) script("return window.outerHeight - window.innerHeight");
        driver.manage().window().setSize(new Dimension(width + frameWidth.intValue(), height + frameHeight.intValue()));
    }

    /** Saves a PNG of the window under target/console-screenshots. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path to = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), to, StandardCopyOption.REPLACE_EXISTING);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
