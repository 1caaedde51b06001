package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A headless Chromium driven through Debian's chromedriver, as STACK.md says it works as root: nothing is
 * downloaded (Selenium Manager cannot), the binary and the driver are named explicitly, each browser has its
 * own fresh profile directory. Plus what every page object needs: opening portal paths, waiting for page loads
 * and PrimeFaces ajax, screenshots, and the HTTP status of a page as the signed-in user.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(20);

    /** Selenium's CDP bindings lag Debian's Chromium; raw CDP commands work, so its "no CDP for 156" warning is noise. */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    static {
        CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    /** A new headless Chromium, 1366×900, on the portal at baseUrl. */
    public static Browser start(String baseUrl) {
        long t0 = System.nanoTime();
        Path profile;
        try {
            profile = Files.createTempDirectory("pishkhan-browser-it-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=en-US",
                // as a person who asked for less motion: PrimeFaces opens and closes its overlays and dialogs at once,
                // the calendar opens without its zoom (portal.css; ScreensBrowserIT checks it). The waits are as they
                // were. On 3 December it took a tenth off a class (LineRequestFollowUpBrowserIT 91 → 83 s after the
                // server's start). PrimeFaces' animated overlays, what most people see, are not what these tests see.
                "--force-prefers-reduced-motion");
        if (smallSharedMemory()) {
            // a container's 64 MB /dev/shm: Chromium's shared memory in files under /tmp instead (slower: ~20 % more
            // time a page here, so only where it must)
            options.addArguments("--disable-dev-shm-usage");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            PortalServer.deleteTree(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        System.out.printf("[browser-it] Chromium started in %.2f s%n", (System.nanoTime() - t0) / 1e9);
        return new Browser(driver, profile, baseUrl);
    }

    /** Whether /dev/shm is too small for Chromium's shared memory (under 512 MB, or missing). */
    static boolean smallSharedMemory() {
        try {
            return Files.getFileStore(Path.of("/dev/shm")).getTotalSpace() < 512L * 1024 * 1024;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Forgets everything a previous test left: cookies (session, language), the page. */
    public void reset() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.get("about:blank");
    }

    /** Opens a path of the portal ("/login.xhtml") and waits for the page to load. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        waitForPage();
        return this;
    }

    /**
     * Whether this browser can serve another test class as a fresh one would: it answers, has one tab and no alert
     * open. Set back to the desktop size and a blank page, its cookies cleared; false when any of that fails.
     */
    boolean readyForAnother() {
        try {
            if (driver.getWindowHandles().size() != 1) {
                return false;
            }
            reset();
            Screen.DESKTOP.apply(this);
            return true;
        } catch (RuntimeException e) {
            System.err.println("[browser-it] a browser not kept for the next class: " + e);
            return false;
        }
    }

    /** The current URL's path and query, e.g. "/login.xhtml?bye=1". */
    public String path() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The current URL's path only. */
    public String pathOnly() {
        return URI.create(driver.getCurrentUrl()).getRawPath();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    public boolean exists(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public String text(By by) {
        return find(by).getText();
    }

    @SuppressWarnings("unchecked")
    public <T> T js(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return waitUntil(condition, WAIT);
    }

    public <T> T waitUntil(Function<WebDriver, T> condition, Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    public WebElement waitVisible(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForPage() {
        waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** No PrimeFaces ajax request queued or running, no jQuery request open, no PrimeFaces animation. */
    public void waitForAjax() {
        waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && !PrimeFaces.animationActive));")));
    }

    /** Clicks something that loads a new page (a link, a non-ajax command) and waits until the new page is there. */
    public void clickAndWaitForPage(WebElement element) {
        // A mark on the old page's window: the new page has none. (Waiting for the old <html> to go stale
        // raced with the navigation: chromedriver then failed the next command with "Node with given id
        // does not belong to the document".) Scripts may fail while the page changes: polled again.
        js("window.__browserItOldPage = true;");
        element.click();
        new WebDriverWait(driver, WAIT, Duration.ofMillis(50))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.__browserItOldPage !== true && document.readyState === 'complete';")));
    }

    /** Clicks something that sends a PrimeFaces ajax request, and waits until it and its updates are done. */
    public void clickAndWaitForAjax(WebElement element) {
        element.click();
        waitForAjax();
    }

    public String cookie(String name) {
        Cookie c = driver.manage().getCookieNamed(name);
        return c == null ? null : c.getValue();
    }

    public String html() {
        return driver.getPageSource();
    }

    /** Saves a screenshot of the viewport to target/screenshots/NAME.png; returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name.replaceAll("[^\\p{L}\\p{N}._\\-\\[\\]]+", "_") + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(shot.toPath());
            return target;
        } catch (IOException | RuntimeException e) {
            System.err.println("[browser-it] no screenshot " + name + ": " + e);
            return null;
        }
    }

    /** A GET of a portal path with this browser's cookies, redirects not followed. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A GET of a portal path with this browser's cookies, redirects not followed; the body as bytes (a download). */
    public HttpResponse<byte[]> download(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A POST of a portal path with this browser's cookies (the session: what a crafted request would carry). */
    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** This browser's cookies as a Cookie header; empty when it has none. */
    public String cookieHeader() {
        StringBuilder cookies = new StringBuilder();
        for (Cookie c : driver.manage().getCookies()) {
            cookies.append(cookies.length() == 0 ? "" : "; ").append(c.getName()).append('=').append(c.getValue());
        }
        return cookies.toString();
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        String cookies = cookieHeader();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            PortalServer.deleteTree(profile);
        }
    }
}
