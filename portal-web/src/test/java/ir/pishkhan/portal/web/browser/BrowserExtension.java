package ir.pishkhan.portal.web.browser;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Path;

/**
 * One Chromium per test class (starting one costs ~2.5 s here, more than the tests of a class share), with its
 * cookies cleared and a blank page before each test, so that no test sees another's session or language. A
 * failed test leaves a screenshot in target/screenshots/CLASS.METHOD-FAILED.png and the page's URL in the output.
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
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Browser.class, k -> Browser.start(baseUrl), Browser.class);
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
