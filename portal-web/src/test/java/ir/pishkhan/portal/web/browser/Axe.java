package ir.pishkhan.portal.web.browser;

import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * axe-core (Deque's accessibility engine; its released axe.min.js on the test class path, src/test/resources/axe)
 * run inside the page under test: the WCAG 2.x A and AA rules and axe's best practices. A violation is a
 * failure when axe rates it critical or serious; minor and moderate ones are printed, not failed.
 */
public final class Axe {

    /** The impacts that fail a page. */
    public static final List<String> FAILING = List.of("critical", "serious");

    private static final String SOURCE = read();

    private Axe() {
    }

    /** One violated rule: its id, impact, what it asks, and the elements (CSS selectors) that break it. */
    public record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + "): " + targets;
        }
    }

    /** Every violation axe finds on the current page. */
    public static List<Violation> violations(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SOURCE);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations'],
                                   runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
                   .then(r => done(r.violations.map(v => ({rule: v.id, impact: v.impact || '', help: v.help,
                                                          targets: v.nodes.slice(0, 8).map(n => n.target.join(' '))}))))
                   .catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e), targets: []}]));
                """);
        return found.stream().map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                ((List<?>) v.get("targets")).stream().map(Object::toString).toList())).toList();
    }

    /**
     * axe-core evaluated by Chromium itself in every page this browser opens until {@link Preloaded#close()}, rather
     * than sent by {@link #violations} to each page it checks: sending its 650 KB through the driver took some 200 ms a
     * page, half of a check. For a walk over many pages; {@link #violations} finds it there and does not send it again.
     */
    public static Preloaded preload(Browser browser) {
        @SuppressWarnings("unchecked")
        Map<String, Object> added = ((org.openqa.selenium.chromium.ChromiumDriver) browser.driver()).executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOURCE));
        return new Preloaded(browser, (String) added.get("identifier"));
    }

    /** axe-core preloaded into a browser's pages: closing it stops that for the pages opened after. */
    public record Preloaded(Browser browser, String identifier) implements AutoCloseable {
        @Override
        public void close() {
            ((org.openqa.selenium.chromium.ChromiumDriver) browser.driver()).executeCdpCommand(
                    "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
        }
    }

    /** Fails when the current page has a critical or serious violation; prints the lesser ones. */
    public static void assertAccessible(Browser browser, String what) {
        List<Violation> all = violations(browser);
        List<Violation> failing = all.stream().filter(v -> FAILING.contains(v.impact())).toList();
        all.stream().filter(v -> !failing.contains(v))
                .forEach(v -> System.out.println("[axe] " + what + " " + browser.path() + ": " + v));
        if (!failing.isEmpty()) {
            browser.screenshot("axe-" + what);
            throw new AssertionError("axe-core: " + failing.size() + " critical or serious violation(s) on " + what + " "
                    + browser.path() + ":\n  " + String.join("\n  ", failing.stream().map(Violation::toString).toList()));
        }
    }

    private static String read() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
