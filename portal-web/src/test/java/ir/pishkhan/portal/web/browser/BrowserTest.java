package ir.pishkhan.portal.web.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A browser test class: the shared portal server ({@link PortalServer}) and a headless Chromium of its own while it
 * runs, taken from the run's pool ({@link BrowserExtension}), reset before each test; test methods take {@link Browser} and
 * {@link PortalServer.Instance} parameters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(PortalServer.class)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
