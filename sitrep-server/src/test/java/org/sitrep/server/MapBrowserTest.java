package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The web map in real headless Chromium (Debian's chromium and chromium-driver, installed by
 * .ci/install-browser.sh): markers, the time slider, an event's evidence, the actor filter, a screenshot, and an
 * article carrying markup that must show as text.
 */
class MapBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Pattern SHOWN = Pattern.compile("(\\d+) events shown");
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws Exception {
        if (!(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))) installBrowser();
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "headless Chromium is needed: install Debian's chromium and chromium-driver (bash .ci/install-browser.sh)");
        profile = Files.createTempDirectory("sitrep-chromium-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, o);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** A fresh machine lacks the browser: install Debian's, as the PostgreSQL tests install their server. */
    private static void installBrowser() throws Exception {
        Path script = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), ".ci/install-browser.sh");
        if (!Files.isRegularFile(script)) script = Path.of("../.ci/install-browser.sh");
        Process p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) System.err.println("install-browser failed:\n" + log);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
    }

    private static int shown() {
        Matcher m = SHOWN.matcher(browser.findElement(By.id("count")).getText());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static void openMap(String hash) {
        browser.get(SeedServer.base() + "/" + hash);
        wait.until(d -> shown() > 0);
    }

    private static int markers() {
        return browser.findElements(By.cssSelector("path.ev-marker")).size() + browser.findElements(By.cssSelector(".ev-cluster")).size();
    }

    @Test
    void mapShowsMarkersAndTheSliderChangesTheCount() throws Exception {
        openMap("");
        assertTrue(markers() > 0, "markers on the map");
        wait.until(d -> browser.findElements(By.cssSelector(".leaflet-base-pane path")).size() > 20);   // base map drawn
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path out = Path.of("target/map-screenshot.png");
        Files.copy(shot.toPath(), out, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(out) > 10_000);

        int all = shown();
        WebElement slider = browser.findElement(By.id("slider"));
        slider.sendKeys(Keys.HOME);
        wait.until(d -> shown() < all);
        assertTrue(shown() >= 1, "the first day has its events");
        slider.sendKeys(Keys.END);
        wait.until(d -> shown() == all);
    }

    @Test
    void clickingAnEventShowsItsEvidence() {
        openMap("");
        for (int i = 0; i < 10 && browser.findElements(By.cssSelector(".list-item")).isEmpty(); i++) {
            List<WebElement> single = browser.findElements(By.cssSelector("path.ev-marker"));
            if (!single.isEmpty()) {
                ((JavascriptExecutor) browser).executeScript(
                        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", single.get(0));
                break;
            }
            browser.findElements(By.cssSelector(".ev-cluster")).get(0).click();
            try { Thread.sleep(600); } catch (InterruptedException x) { Thread.currentThread().interrupt(); }
        }
        List<WebElement> items = browser.findElements(By.cssSelector(".list-item"));
        if (!items.isEmpty()) items.get(0).click();
        wait.until(d -> !d.findElements(By.cssSelector("#d-evidence .evidence")).isEmpty());
        WebElement ev = browser.findElement(By.cssSelector("#d-evidence .evidence"));
        assertTrue(ev.getText().length() > 20, ev.getText());
        assertFalse(browser.findElements(By.cssSelector("#d-evidence mark")).isEmpty(), "the evidence spans are highlighted");
        assertFalse(browser.findElement(By.id("d-sources")).getText().isBlank());
        assertFalse(browser.findElement(By.id("d-disagreements")).getText().isBlank());
    }

    @Test
    void actorFilterNarrowsTheMap() {
        openMap("");
        int all = shown();
        JsonNode actors = EventsApiTest.json(SeedServer.get("/api/actors"));
        String actor = actors.get(actors.size() - 1).path("name").asText();   // the rarest: fewer events than all
        int expected = EventsApiTest.json(SeedServer.get("/api/events?format=geojson&limit=10000&actor=" + EventsApiTest.enc(actor)))
                .path("features").size();
        new Select(browser.findElement(By.id("f-actor"))).selectByVisibleText(actor);
        wait.until(d -> shown() == expected);
        assertTrue(expected < all, actor + ": " + expected + " of " + all);
        assertTrue(browser.findElement(By.id("export-csv")).getAttribute("href").contains("actor="), "export follows the filter");
    }

    @Test
    void controlLayerAndArabicPlaceSearch() {
        openMap("");
        String day = browser.findElement(By.id("slider-date")).getText();
        int places = EventsApiTest.json(SeedServer.get("/api/control?at=" + day)).path("features").size();
        int before = browser.findElements(By.cssSelector(".leaflet-overlay-pane path")).size();
        browser.findElement(By.id("show-control")).click();
        if (places > 0) wait.until(d -> d.findElements(By.cssSelector(".leaflet-overlay-pane path")).size() > before);

        WebElement q = browser.findElement(By.id("place-q"));
        q.sendKeys("حلب");
        wait.until(d -> !d.findElements(By.cssSelector("#place-results li")).isEmpty());
        WebElement first = browser.findElement(By.cssSelector("#place-results li"));
        assertTrue(first.getText().contains("Aleppo"), first.getText());
        String url = browser.getCurrentUrl();
        first.click();
        wait.until(d -> d.findElement(By.id("place-results")).getAttribute("class").contains("hidden"));
        assertEquals(url, browser.getCurrentUrl());
    }

    @Test
    void markupInAnArticleShowsAsText() {
        String text = "Syrian government forces shelled the town of Kafr Nabl in Idlib province on 5 March 2019, killing four civilians "
                + "<script>window.sitrepXss = 1</script> <img src=x onerror=\\\"window.sitrepXss = 2\\\"> according to local activists.";
        String article = "{\"id\":\"xss-test\",\"source\":\"Test Wire\",\"url\":\"javascript:alert(3)\",\"published\":\"2019-03-06\","
                + "\"title\":\"Shelling <b>test</b>\",\"text\":\"" + text + "\"}";
        var r = SeedServer.post("/api/documents", article, "Bearer " + SeedServer.TOKEN);
        assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.body());
        JsonNode res = EventsApiTest.json(r);
        assertTrue(res.path("fused_ids").size() >= 1, "the article gives an event: " + r.body());
        String id = res.path("fused_ids").get(0).asText();
        openMap("#event=" + id);
        // the panel may still show the event an earlier test opened: wait for this article's own outlet
        wait.until(d -> !d.findElements(By.cssSelector("#d-evidence .evidence")).isEmpty()
                && d.findElement(By.id("detail")).getText().contains("Test Wire"));
        String shown = browser.findElement(By.id("detail")).getText();
        assertTrue(shown.contains("<script>") || shown.contains("<img"), "markup shows as text: " + shown);
        assertTrue(browser.findElements(By.cssSelector("#detail img, #detail script, #detail b")).isEmpty(), "no element made from article text");
        assertNull(((JavascriptExecutor) browser).executeScript("return window.sitrepXss;"), "no article script ran");
        assertTrue(browser.findElements(By.cssSelector("#d-sources a[href^='javascript']")).isEmpty(), "no javascript: link");
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), Path.of("target/detail-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
    }
}
