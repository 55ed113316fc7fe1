package io.orbitdc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium, as a person would use it: the system's
 * {@code /usr/bin/chromium} driven through the system's {@code /usr/bin/chromedriver} (Debian's
 * {@code chromium} and {@code chromium-driver}; Selenium Manager never downloads a browser). Where
 * either is missing the tests are reported skipped with the reason. With
 * {@code -Dorbitdc.screenshots=DIR} they also save the screenshots of docs/images.
 */
@Tag("browser")
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("orbitdc.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("orbitdc.chromedriver", "/usr/bin/chromedriver"));

    private Path data;
    private Path downloads;
    private OrbitdcServer server;
    private Http http;
    private WebDriver browser;
    private WebDriverWait wait;

    /** Why the browser tests cannot run here, or null. */
    private String missing;

    @BeforeAll
    void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            missing = "no Chromium at " + CHROMIUM
                    + " (apt-get install chromium chromium-driver, or -Dorbitdc.chromium=PATH): browser test skipped";
        } else if (!Files.isExecutable(CHROMEDRIVER)) {
            missing = "no chromedriver at " + CHROMEDRIVER
                    + " (apt-get install chromium-driver, or -Dorbitdc.chromedriver=PATH): browser test skipped";
        }
        if (missing != null) {
            return;
        }
        data = Files.createTempDirectory("orbitdc-browser");
        downloads = Files.createDirectories(data.resolve("downloads"));
        server = OrbitdcServer.start(ServerConfig.local(data.resolve("server"), 0));
        http = new Http(server.port());
        // the system driver and browser only: Selenium Manager is never asked to find or fetch one
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,900",
                // WebGL for CesiumJS on a machine without a GPU: Chromium's software renderer
                "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist",
                "--no-first-run", "--disable-extensions", "--disable-background-networking");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(120));
    }

    /** Each test reports itself skipped with the reason (an assumption in @BeforeAll would hide them). */
    @BeforeEach
    void requireBrowser() {
        assumeTrue(missing == null, missing);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private String url(String path) {
        return http.base() + path;
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private void openLibraryScenario(String name) {
        browser.get(url("/#/editor"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#library-list li[data-name='" + name + "']"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("validity"), "valid"));
    }

    private void screenshot(String name) throws IOException {
        String dir = System.getProperty("orbitdc.screenshots");
        if (dir != null) {
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.createDirectories(Path.of(dir));
            Files.copy(shot.toPath(), Path.of(dir, name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void anErrorTypedIntoTheEditorIsMarkedInlineAtItsLine() throws IOException {
        openLibraryScenario("starcloud-1");
        WebElement editor = byId("yaml");
        String[] lines = editor.getAttribute("value").split("\n", -1);
        int line = 0;
        while (!lines[line].trim().startsWith("altitude:")) {
            line++;
        }
        int end = 0;
        for (int i = 0; i <= line; i++) {
            end += lines[i].length() + (i < line ? 1 : 0);
        }
        // put the caret at the end of the altitude line, then type over its unit as a person would
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[1]);",
                editor, end);
        editor.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, "parsecs");
        line++; // 1-based
        WebElement mark = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#backdrop .inline-error[data-line='" + line + "']")));
        assertThat(mark.getText()).contains("orbit.altitude");
        assertThat(byId("validity").getText()).isEqualTo("1 error");
        assertThat(byId("errors").findElements(By.tagName("li"))).first()
                .extracting(WebElement::getText).asString().startsWith("starcloud-1.yaml:" + line + ":13 orbit.altitude: ");
        assertThat(browser.findElement(By.cssSelector("#gutter .bad")).getText()).isEqualTo(String.valueOf(line));
        screenshot("dashboard-editor.png");
    }

    @Test
    void aSimulationShowsProgressThenItsResultsAndItsDatabaseDownloads() throws Exception {
        openLibraryScenario("starcloud-1");
        new Select(byId("verb")).selectByVisibleText("simulate");
        byId("set").sendKeys("duration=6 h");
        byId("run").click();
        wait.until(ExpectedConditions.urlMatches("#/job/\\d+$"));
        String id = browser.getCurrentUrl().replaceAll(".*#/job/", "");
        // the status line shows the job moving: its state badge and phase come from the event stream
        WebElement state = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("job-state")));
        wait.until(d -> !state.getText().isEmpty());
        assertThat(state.getText()).isIn("queued", "running", "done");
        wait.until(ExpectedConditions.textToBe(By.id("job-state"), "done"));
        assertThat(byId("job-phase").getText()).isEqualTo("done 100 %");
        List<WebElement> rows = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#job-report table tr"), 20));
        long numbers = rows.stream().filter(r -> !r.findElements(By.cssSelector("td.num")).isEmpty()).count();
        assertThat(numbers).isGreaterThan(10);
        screenshot("dashboard-results.png");

        WebElement link = browser.findElement(By.linkText("results.duckdb"));
        link.click();
        Path file = downloads.resolve("results.duckdb");
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> Files.isRegularFile(file)
                && !Files.exists(downloads.resolve("results.duckdb.crdownload")));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*), max(time_s) FROM series")) {
            rs.next();
            // one satellite sampled every hour over 6 h: 6 rows, the last at 21,600 s
            assertThat(rs.getLong(1)).isEqualTo(6);
            assertThat(rs.getDouble(2)).isEqualTo(21_600.0);
        }
        assertThat(http.getJson("/api/v1/jobs/" + id).get("state").asText()).isEqualTo("done");
    }

    @Test
    void theThreeDViewShowsEveryEntityOfTheFleetsCzml() throws Exception {
        String id = http.submit("geometry", http.get("/api/v1/scenarios/suncatcher-like").body(), "duration=3 h");
        JsonNode job = http.awaitFinished(id, 300);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        // the reference: the packets of the CZML file the geometry writer produced, less its document packet
        JsonNode czml = http.getJson("/api/v1/jobs/" + id + "/files/fleet.czml");
        int packets = czml.size() - 1;
        assertThat(packets).isPositive();

        browser.get(url("/#/job/" + id));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("view3d"))).click();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        new WebDriverWait(browser, Duration.ofSeconds(180)).until(d ->
                js.executeScript("return window.czmlEntityCount !== undefined || window.czmlError !== undefined"));
        assertThat(js.executeScript("return window.czmlError || null")).isNull();
        Object count = js.executeScript("return window.viewer.dataSources.get(0).entities.values.length");
        assertThat(((Number) count).intValue()).isEqualTo(packets);
        // a 3-hour run is shown whole, and the window picker offers the rest of longer runs
        assertThat(js.executeScript("return window.czmlWindow")).isEqualTo(czml.get(0).at("/clock/interval").asText());
        assertThat(browser.findElement(By.id("window")).isDisplayed()).isTrue();
        assertThat(js.executeScript("return window.viewer.imageryLayers.get(0).imageryProvider.url || ''").toString())
                .contains("/cesium/Assets/Textures/NaturalEarthII");
        Optional.ofNullable(System.getProperty("orbitdc.screenshots")).ifPresent(d -> {
            // let the globe's tiles load before the picture
            js.executeScript("window.viewer.scene.requestRender()");
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(x ->
                    Boolean.TRUE.equals(js.executeScript("return window.viewer.scene.globe.tilesLoaded")));
            // software WebGL renders slowly: stop the render loop and draw one frame for the picture
            js.executeScript("window.viewer.useDefaultRenderLoop = false; window.viewer.render();");
        });
        screenshot("dashboard-3d.png");
    }
    /**
     * A report job's page, as a person opens it from the job: every chart is drawn by ECharts in the
     * browser and has data (the page was written by the core's HTML report writer).
     */
    @Test
    void aReportJobsPageDrawsEveryChartWithData() throws Exception {
        String id = http.submit("report", http.get("/api/v1/scenarios/suncatcher-like").body(), "duration=2 h");
        JsonNode job = http.awaitFinished(id, 300);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        int charts = http.getJson("/api/v1/jobs/" + id + "/report").get("charts").size();
        assertThat(charts).isPositive();

        browser.get(url("/#/job/" + id));
        String page = wait.until(ExpectedConditions.elementToBeClickable(By.id("report-page"))).getAttribute("href");
        browser.get(page);
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(
                ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.tagName("body")), "data-charts-drawn"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(((Number) js.executeScript("return Object.keys(window.orbitdcCharts).length")).intValue())
                .isEqualTo(charts);
        // a chart "has data" when at least one of its series holds at least one point
        Object empty = js.executeScript("return Object.keys(window.orbitdcCharts).filter(function (k) {"
                + " return !window.orbitdcCharts[k].getOption().series.some(function (s) {"
                + " return s.data && s.data.length > 0; }); });");
        assertThat((List<?>) empty).as("charts without data").isEmpty();
        screenshot("report.png");
    }

    /**
     * A sweep from the library, made small in the editor, run from the dashboard: the editor checks
     * it as a sweep, the job shows its points as they are stored, and its report page draws the
     * sweep's heat map and ratio CDF with data.
     */
    @Test
    void aSweepRunFromTheEditorShowsPointProgressAndItsReportDrawsTheHeatMapAndCdf() throws Exception {
        browser.get(url("/#/editor"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#sweep-list li[data-name='gigawatt-vs-abilene']"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("validity"), "valid"));
        assertThat(byId("run-sweep").isDisplayed()).isTrue();
        assertThat(byId("verb").isDisplayed()).isFalse();
        WebElement editor = byId("yaml");
        String text = editor.getAttribute("value");
        assertThat(text).contains("draws: 50");
        // fewer draws: 1 × 12 × 4 × 4 = 192 points, stored in batches, so the count moves
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input'));", editor, text.replace("draws: 50", "draws: 4"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sweep-info"), "192 points over suncatcher-like"));
        wait.until(ExpectedConditions.textToBe(By.id("validity"), "valid"));
        byId("run-sweep").click();
        wait.until(ExpectedConditions.urlMatches("#/job/\\d+$"));
        String id = browser.getCurrentUrl().replaceAll(".*#/job/", "");
        wait.until(ExpectedConditions.textMatches(By.id("job-points"), java.util.regex.Pattern.compile("\\d+ / 192 points")));
        wait.until(ExpectedConditions.textToBe(By.id("job-state"), "done"));
        assertThat(byId("job-points").getText()).isEqualTo("192 / 192 points, 0 failed");
        assertThat(byId("job-phase").getText()).isEqualTo("done 100 %");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("sweep.duckdb")));
        assertThat(browser.findElements(By.linkText("points.parquet"))).hasSize(1);
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#job-report table tr"), 5));
        screenshot("dashboard-sweep.png");
        assertThat(http.getJson("/api/v1/jobs/" + id).get("verb").asText()).isEqualTo("sweep");

        String page = wait.until(ExpectedConditions.elementToBeClickable(By.id("report-page"))).getAttribute("href");
        browser.get(page);
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(
                ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.tagName("body")), "data-charts-drawn"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        for (String chart : List.of("sweep-heatmap", "sweep-cdf")) {
            Object points = js.executeScript("var c = window.orbitdcCharts[arguments[0]]; if (!c) return -1;"
                    + " return c.getOption().series.reduce(function (n, s) { return n + (s.data ? s.data.length : 0); }, 0);",
                    chart);
            assertThat(((Number) points).intValue()).as(chart + " data points").isPositive();
        }
    }
}
