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
        web = new WebFixture(dir, Optional.empty()).ingestCorpus();
        Files.createDirectories(SHOTS);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--user-data-dir=" + dir.resolve("chromium"));
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

    // ------------------------------------------------------------------------------------------- helpers

    private void open(String path) {
        browser.get(web.base() + path);
    }

    private static int count(String total) {
        return Integer.parseInt(total.replaceAll("\\D.*", ""));
    }

    private void waitFor(Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
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
                throw new AssertionError("the page did not get there in 30 s: " + browser.getCurrentUrl());
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
