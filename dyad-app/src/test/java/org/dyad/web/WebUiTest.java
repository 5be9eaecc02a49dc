package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The web UI in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which .ci/run installs),
 * driven with Selenium: each page loads, takes a filter, opens an article; screenshots go to
 * {@code target/screenshots/}. Skipped where Chromium is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir static Path dir;
    WebFixture web;
    ChromeDriver browser;

    @BeforeAll
    void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        Files.createDirectories(dir.resolve("inbox"));
        web = new WebFixture(dir, Optional.empty(), Optional.of(dir.resolve("inbox"))).ingestCorpus();
        Files.createDirectories(SHOTS);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--user-data-dir=" + dir.resolve("chromium"));
        Files.createDirectories(dir.resolve("downloads"));
        o.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
                dir.resolve("downloads").toAbsolutePath().toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, o);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (web != null) {
            web.close();
        }
    }

    @Test
    void eventsPageFiltersAndOpensAnArticle() {
        open("/");
        waitFor(() -> !browser.findElements(By.id("total")).isEmpty());
        int all = count(browser.findElement(By.id("total")).getText());
        assertThat(all).isGreaterThanOrEqualTo(4);
        assertThat(browser.findElements(By.cssSelector("#facets a.facet"))).isNotEmpty();
        shot("events");
        browser.findElement(By.id("f-actor")).sendKeys("GEO");
        browser.findElement(By.id("apply")).click();
        waitFor(() -> browser.getCurrentUrl().contains("actor=GEO") && !browser.findElements(By.id("total")).isEmpty());
        int filtered = count(browser.findElement(By.id("total")).getText());
        assertThat(filtered).isPositive().isLessThan(all);
        shot("events-filtered");
        browser.findElement(By.linkText("caucasus-1")).click();
        waitFor(() -> !browser.findElements(By.cssSelector("#article-text .trig")).isEmpty());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Trade pact");
        List<String> triggers = browser.findElements(By.cssSelector("#article-text .trig")).stream()
                .map(WebElement::getText).toList();
        assertThat(triggers).contains("signed");
        assertThat(browser.findElements(By.cssSelector("#article-text .src"))).isNotEmpty();
        shot("article");
    }

    @Test
    void dyadPageDrawsTheTimelineAndAgreements() {
        open("/dyad.html?a=ARM&b=GEO");
        waitFor(() -> browser.findElement(By.id("timeline")).getAttribute("data-periods") != null
                && !browser.findElements(By.cssSelector("#agreements table")).isEmpty());
        assertThat(Integer.parseInt(browser.findElement(By.id("timeline")).getAttribute("data-periods"))).isPositive();
        assertThat(browser.findElements(By.cssSelector("#timeline canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.id("agreements")).getText()).contains("ARM").contains("GEO");
        shot("dyad");
        browser.findElement(By.id("f-a")).clear();
        browser.findElement(By.id("f-a")).sendKeys("AZE");
        browser.findElement(By.id("f-b")).clear();
        browser.findElement(By.id("f-b")).sendKeys("ARM");
        browser.findElement(By.id("apply")).click();
        waitFor(() -> browser.getCurrentUrl().contains("a=AZE")
                && !browser.findElements(By.cssSelector("#agreements p")).isEmpty());
        assertThat(browser.findElement(By.id("agreements")).getText()).contains("No agreements");
        shot("dyad-filtered");
    }

    @Test
    void networkPageDrawsTheGraph() {
        open("/network.html");
        waitFor(() -> browser.findElement(By.id("graph")).getAttribute("data-nodes") != null);
        int nodes = Integer.parseInt(browser.findElement(By.id("graph")).getAttribute("data-nodes"));
        assertThat(nodes).isGreaterThanOrEqualTo(3);
        assertThat(browser.findElements(By.cssSelector("#graph canvas"))).isNotEmpty();
        shot("network");
        browser.findElement(By.id("f-actor")).sendKeys("AZE");
        browser.findElement(By.id("apply")).click();
        waitFor(() -> browser.getCurrentUrl().contains("actor=AZE")
                && browser.findElement(By.id("graph")).getAttribute("data-nodes") != null);
        assertThat(Integer.parseInt(browser.findElement(By.id("graph")).getAttribute("data-nodes"))).isLessThan(nodes);
        shot("network-filtered");
    }

    @Test
    void codePageCodesPastedText() {
        open("/code.html");
        browser.findElement(By.id("text")).sendKeys("Moldova signed a gas agreement with Romania on Friday.");
        browser.findElement(By.id("code")).click();
        waitFor(() -> !browser.findElements(By.id("summary")).isEmpty());
        assertThat(browser.findElement(By.id("result")).getText()).contains("MDA").contains("057");
        shot("code");
    }

    @Test
    void markupInAnArticleNeverRuns() {
        String body = "{\"id\":\"xss-1\",\"date\":\"2024-09-02\",\"title\":\"<img src=x onerror=\\\"window.__xss='title'\\\">\","
                + "\"text\":\"Armenia praised Georgia <script>window.__xss='script'</script> on Monday. "
                + "Critics wrote <img src=x onerror=\\\"window.__xss='img'\\\"> <b>bold</b> in reply.\"}";
        assertThat(web.post("/api/articles", body, false).statusCode()).isEqualTo(201);
        open("/article.html?id=xss-1");
        waitFor(() -> !browser.findElements(By.id("article-text")).isEmpty());
        String text = browser.findElement(By.id("article-text")).getText();
        assertThat(text).contains("<script>window.__xss='script'</script>").contains("<img src=x onerror=");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("<img src=x");
        assertThat(browser.findElements(By.cssSelector("#main img, #main script, #main b"))).isEmpty();
        shot("article-markup");
        open("/?q=script");
        waitFor(() -> !browser.findElements(By.id("total")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#main img, #main script, #main b"))).isEmpty();
        shot("events-markup");
        Object flag = ((JavascriptExecutor) browser).executeScript("return window.__xss === undefined ? null : String(window.__xss);");
        assertThat(flag).isNull();
    }

    @Test
    void theTimelineShowsEmptyPeriodsAsZeroAndTakesADateFilter() {
        open("/dyad.html?a=ARM&b=GEO&by=week&to=2024-06-09"); // other tests add later ARM-GEO events
        waitFor(() -> browser.findElement(By.id("timeline")).getAttribute("data-periods") != null);
        assertThat(attribute("timeline", "data-periods")).isEqualTo(4);
        assertThat(attribute("timeline", "data-empty-periods")).isEqualTo(2);
        browser.findElement(By.cssSelector("#periods-table summary")).click();
        List<String> rows = browser.findElements(By.cssSelector("#periods-table tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).startsWith("2024-W21 0 0 0");
        shot("dyad-weeks");
        browser.findElement(By.id("f-from")).sendKeys("06012024");
        browser.findElement(By.id("apply")).click();
        waitFor(() -> browser.getCurrentUrl().contains("from=2024-06-01")
                && browser.findElement(By.id("timeline")).getAttribute("data-periods") != null);
        assertThat(attribute("timeline", "data-periods")).isEqualTo(2); // the weeks of 1 June (a Saturday) and 3 June
        assertThat(attribute("timeline", "data-empty-periods")).isEqualTo(1);
        assertThat(browser.findElement(By.id("agreements")).getText()).contains("No agreements");
        shot("dyad-from-june");
    }

    @Test
    void everyEventsRowOpensItsEventPage() {
        open("/?actor=GEO&cameo=057");
        waitFor(() -> !browser.findElements(By.cssSelector("#results a.event-link")).isEmpty());
        browser.findElements(By.cssSelector("#results a.event-link")).get(0).click();
        waitFor(() -> !browser.findElements(By.cssSelector("#mentions tbody tr")).isEmpty());
        assertThat(browser.getCurrentUrl()).contains("/event.html?id=");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("057");
        assertThat(browser.findElements(By.cssSelector("#mentions tbody tr"))).hasSize(2); // two outlets told it
        assertThat(browser.findElement(By.id("mentions")).getText()).contains("signed a trade agreement");
        assertThat(browser.findElement(By.id("actors")).getText()).contains("ARM").contains("GEO");
        assertThat(browser.findElement(By.cssSelector("dd[data-fact=rule]")).getText()).isNotBlank();
        shot("event");
        open("/dyad.html?a=ARM&b=GEO");
        waitFor(() -> !browser.findElements(By.cssSelector("#agreements a.event-link")).isEmpty());
        browser.findElement(By.cssSelector("#agreements a.event-link")).click();
        waitFor(() -> !browser.findElements(By.cssSelector("#mentions tbody tr")).isEmpty());
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("057");
    }

    @Test
    void networkNodesOpenTheActorsEventsAndEdgesTheDyad() {
        open("/network.html?countries=true");
        waitFor(() -> browser.findElement(By.id("graph")).getAttribute("data-nodes") != null);
        WebElement graph = browser.findElement(By.id("graph"));
        @SuppressWarnings("unchecked")
        List<Object> node = (List<Object>) ((JavascriptExecutor) browser).executeScript(
                "const c = echarts.getInstanceByDom(document.getElementById('graph'));"
                + "const data = c.getModel().getSeriesByIndex(0).getData();"
                + "for (let i = 0; i < data.count(); i++) { if (data.getName(i) === 'GEO') {"
                + "  const p = data.getItemLayout(i); const px = c.convertToPixel({seriesIndex: 0}, p);"
                + "  return [px[0], px[1]]; } } return null;");
        assertThat(node).as("the GEO node is drawn").isNotNull();
        int x = (int) Math.round(((Number) node.get(0)).doubleValue() - graph.getSize().getWidth() / 2.0);
        int y = (int) Math.round(((Number) node.get(1)).doubleValue() - graph.getSize().getHeight() / 2.0);
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(graph, x, y).click().perform();
        waitFor(() -> browser.getCurrentUrl().contains("/index.html?") && !browser.findElements(By.id("total")).isEmpty());
        assertThat(browser.getCurrentUrl()).contains("country=GEO");
        assertThat(count(browser.findElement(By.id("total")).getText())).isPositive();
        shot("network-click");
        open("/network.html");
        waitFor(() -> !browser.findElements(By.cssSelector("#pairs tbody tr")).isEmpty());
        browser.findElements(By.linkText("dyad")).get(0).click();
        waitFor(() -> browser.getCurrentUrl().contains("/dyad.html?a="));
    }

    @Test
    void theMapDrawsEventPlacesOffline() {
        String body = "{\"id\":\"map-1\",\"date\":\"2024-09-03\",\"text\":\"Moldova and Romania signed a "
                + "transit agreement in Chisinau on Monday.\"}";
        assertThat(web.post("/api/articles", body, false).statusCode()).isIn(200, 201);
        open("/map.html");
        waitFor(() -> browser.findElement(By.id("map")).getAttribute("data-points") != null);
        assertThat(attribute("map", "data-points")).isGreaterThanOrEqualTo(1);
        assertThat(browser.findElements(By.cssSelector("#map canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.id("places")).getText()).contains("Chisinau");
        Object countries = ((JavascriptExecutor) browser).executeScript(
                "return echarts.getMap('world').geoJSON.features.length;");
        assertThat(((Number) countries).intValue()).isGreaterThan(150);
        shot("map");
    }

    @Test
    void aTableDownloadsAsCsvForTheCurrentFilters() throws IOException {
        open("/?actor=GEO");
        waitFor(() -> !browser.findElements(By.cssSelector("#results a.csv")).isEmpty());
        int shown = count(browser.findElement(By.id("total")).getText());
        String href = browser.findElement(By.cssSelector("#results a.csv")).getAttribute("href");
        assertThat(href).contains("actor=GEO").contains("format=csv");
        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", dir.resolve("downloads").toAbsolutePath().toString()));
        browser.findElement(By.cssSelector("#results a.csv")).click();
        Path csv = dir.resolve("downloads").resolve("events.csv");
        waitFor(() -> Files.isRegularFile(csv) && sizeOf(csv) > 0);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("event_id,date,");
        assertThat(lines).hasSize(shown + 1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).contains("GEO"));
    }

    @Test
    void swaggerUiShowsTheApi() {
        open("/api/docs");
        waitFor(() -> browser.findElements(By.cssSelector(".opblock")).size() >= 8);
        String text = browser.findElement(By.id("swagger-ui")).getText();
        assertThat(text).contains("Dyad API").contains("/api/events").contains("/api/timeline").contains("/api/places");
        shot("api-docs");
    }

    @Test
    void aFileDroppedIntoTheWatchedFolderAppearsOnTheEventsPageWithoutReload() throws IOException {
        open("/?actor=KAZ");
        waitFor(() -> !browser.findElements(By.id("total")).isEmpty() && !browser.findElements(By.id("live-count")).isEmpty());
        assertThat(count(browser.findElement(By.id("total")).getText())).isZero();
        assertThat(browser.findElement(By.id("live")).getText()).contains("watching inbox");
        ((JavascriptExecutor) browser).executeScript("window.__sameDocument = true;");
        Files.writeString(dir.resolve("inbox").resolve("steppe-9.txt"), "Date: 2024-09-10\n\n"
                + "Kazakhstan signed a water agreement with Uzbekistan on Monday.\n");
        long dropped = System.nanoTime();
        waitFor(() -> count(browser.findElement(By.id("total")).getText()) > 0, Duration.ofSeconds(15));
        double seconds = (System.nanoTime() - dropped) / 1e9;
        assertThat(seconds).isLessThan(15);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__sameDocument === true;")).isEqualTo(true);
        assertThat(browser.findElement(By.id("results")).getText()).contains("KAZ").contains("steppe-9");
        waitFor(() -> Integer.parseInt(browser.findElement(By.id("live-count")).getAttribute("data-last-minute")) >= 1);
        shot("live");
    }

    @Test
    void theGapsPageListsWhatTheCoderCouldNotCodeWithReadyLines() throws IOException {
        web.ingestGapsCorpus();
        String body = "{\"id\":\"gaps-markup\",\"date\":\"2024-03-09\",\"text\":\"Okello Kabaziguruka criticised Kenya "
                + "<img src=x onerror=\\\"window.__xss='gaps'\\\"> again.\"}";
        assertThat(web.post("/api/articles", body, false).statusCode()).isIn(200, 201);
        open("/gaps.html");
        waitFor(() -> "ready".equals(browser.findElement(By.id("gaps-state")).getAttribute("data-state"))
                && !browser.findElements(By.cssSelector("#verbs tbody tr")).isEmpty(), Duration.ofSeconds(120));
        assertThat(browser.findElement(By.cssSelector("nav a.here")).getText()).isEqualTo("Gaps");
        List<String> actorRows = browser.findElements(By.cssSelector("#actors tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(actorRows).anySatisfy(r -> assertThat(r).contains("Zawadi Mwangaza").contains("KENGOV")
                .contains("Kenyan").contains("ZAWADI_MWANGAZA_"));
        assertThat(browser.findElement(By.id("verbs")).getText()).contains("upbraid").contains("KEN>UGA");
        assertThat(browser.findElement(By.id("verbs")).getAttribute("textContent"))
                .contains("block\tUPBRAID\t???\t\t\t\t\nverb\tUPBRAID\t\tUPBRAID\t\t\t");
        assertThat(browser.findElement(By.id("actors-lines")).getAttribute("textContent"))
                .startsWith("actor\tphrase\tcode\tfrom\tto\tsource\n").contains("\nZAWADI_MWANGAZA_\tZAWADI_MWANGAZA_\tKENGOV\t\t\t");
        assertThat(browser.findElement(By.id("main")).getText()).contains("<img src=x onerror=");
        assertThat(browser.findElements(By.cssSelector("#main img, #main script"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__xss === undefined;")).isEqualTo(true);
        shot("gaps");
        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", dir.resolve("downloads").toAbsolutePath().toString()));
        browser.findElement(By.cssSelector("#actors a.csv")).click();
        Path csv = dir.resolve("downloads").resolve("gaps-actors.csv");
        waitFor(() -> Files.isRegularFile(csv) && sizeOf(csv) > 0);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("#,mentions,articles,name,kind,code,cues,examples,actors.tsv line");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Zawadi Mwangaza").contains("KENGOV"));
        browser.findElement(By.cssSelector("#verbs tbody tr ul.examples a")).click();
        waitFor(() -> browser.getCurrentUrl().contains("/article.html?id=")
                && !browser.findElements(By.id("article-text")).isEmpty());
    }

    // ------------------------------------------------------------------------------------------- helpers

    private int attribute(String id, String name) {
        return Integer.parseInt(browser.findElement(By.id(id)).getAttribute(name));
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private void open(String path) {
        browser.get(web.base() + path);
    }

    private static int count(String total) {
        return Integer.parseInt(total.replaceAll("\\D.*", ""));
    }

    private void waitFor(Supplier<Boolean> condition) {
        waitFor(condition, Duration.ofSeconds(30));
    }

    private void waitFor(Supplier<Boolean> condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                if (condition.get()) {
                    return;
                }
            } catch (RuntimeException e) {
                // the page is still being built
            }
            if (System.nanoTime() > deadline) {
                shot("timeout");
                throw new AssertionError("the page did not get there in " + limit.toSeconds() + " s: "
                        + browser.getCurrentUrl());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void shot(String name) {
        try {
            Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
