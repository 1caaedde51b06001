package ir.pishkhan.portal.web.browser;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * A headless Chromium for each test class, taken from a pool the whole run shares and given back when the class ends
 * (starting one costs ~2.5 s here, and a fresh profile loads and compiles PrimeFaces' scripts afresh: most classes
 * take less than that again). A class has its browser to itself while it runs; with browser.parallelism classes at
 * once the pool holds that many. Before each test the cookies are cleared (session, language) and a blank page is
 * opened, so that no test sees another's session or language; a browser given back is set to the desktop size again,
 * and one left with a second tab or an open alert, or that no longer answers, is closed instead of kept. A failed
 * test leaves a screenshot in target/screenshots/CLASS.METHOD-FAILED.png and the page's URL in the output.
 */
public class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        browser(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser(context).reset();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            Browser browser = browser(context);
            Path shot = browser.screenshot(name(context) + "-FAILED");
            String url;
            try {
                url = browser.driver().getCurrentUrl();
            } catch (RuntimeException e) {
                url = "? (" + e.getMessage() + ")";
            }
            System.err.println("[browser-it] " + name(context) + " failed on " + url + "; screenshot " + shot);
        }
    }

    /** CLASS.METHOD, and the invocation's display name for a parameterized test: for screenshot names. */
    public static String name(ExtensionContext context) {
        String name = context.getRequiredTestClass().getSimpleName();
        if (context.getTestMethod().isPresent()) {
            name += "." + context.getRequiredTestMethod().getName();
            String display = context.getDisplayName();
            if (display.startsWith("[")) {
                name += display.replaceAll("\\s+", "");
            }
        }
        return name;
    }

    private static Browser browser(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        String baseUrl = PortalServer.instance(context).baseUrl();
        Pool pool = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Pool.class, k -> new Pool(), Pool.class);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Lease.class, k -> pool.take(baseUrl), Lease.class)
                .browser();
    }

    /** The browsers not in use, for the next class; closed (each Chromium quit) when the run ends. */
    @SuppressWarnings("deprecation") // CloseableResource: JUnit 5.13+ closes it as an AutoCloseable
    static final class Pool implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final Deque<Browser> idle = new ArrayDeque<>();
        private boolean closed;

        synchronized Lease take(String baseUrl) {
            for (Iterator<Browser> it = idle.iterator(); it.hasNext(); ) {
                Browser browser = it.next();
                if (browser.baseUrl().equals(baseUrl)) {
                    it.remove();
                    return new Lease(this, browser);
                }
            }
            return new Lease(this, Browser.start(baseUrl));
        }

        void giveBack(Browser browser) {
            if (!browser.readyForAnother()) {
                browser.close();
                return;
            }
            synchronized (this) {
                if (!closed) {
                    idle.push(browser);
                    return;
                }
            }
            browser.close();
        }

        @Override
        public void close() {
            List<Browser> all;
            synchronized (this) {
                closed = true;
                all = new ArrayList<>(idle);
                idle.clear();
            }
            all.forEach(Browser::close);
        }
    }

    /** One class's browser; given back to the pool when the class's context closes. */
    @SuppressWarnings("deprecation")
    record Lease(Pool pool, Browser browser) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            pool.giveBack(browser);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }
}
