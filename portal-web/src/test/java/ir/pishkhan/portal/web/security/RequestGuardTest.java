package ir.pishkhan.portal.web.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Origin check of posts, as the portal meets it directly and behind a reverse proxy. */
class RequestGuardTest {

    @Test
    void a_post_from_the_portals_own_page_passes_and_one_from_another_site_does_not() {
        assertTrue(RequestGuard.sameHost("https://pishkhan.example", "pishkhan.example", null));
        assertTrue(RequestGuard.sameHost("https://PISHKHAN.example:8443", "pishkhan.example", null), "any case, any port");
        assertTrue(RequestGuard.sameHost(null, "pishkhan.example", null), "no Origin: the view state still guards it");
        assertFalse(RequestGuard.sameHost("https://evil.example", "pishkhan.example", null));
        assertFalse(RequestGuard.sameHost("null", "pishkhan.example", null), "a sandboxed page");
        assertFalse(RequestGuard.sameHost("https://pishkhan.example.evil.example", "pishkhan.example", null));
    }

    @Test
    void behind_a_proxy_that_does_not_pass_the_host_on_the_forwarded_host_is_the_portals() {
        // nginx's proxy_pass to 127.0.0.1:8080 without proxy_set_header Host: the request names the upstream
        assertTrue(RequestGuard.sameHost("https://pishkhan.example", "127.0.0.1", "pishkhan.example"));
        assertTrue(RequestGuard.sameHost("https://pishkhan.example", "127.0.0.1", "pishkhan.example:443, 10.0.0.5"));
        assertFalse(RequestGuard.sameHost("https://evil.example", "127.0.0.1", "pishkhan.example"));
        assertFalse(RequestGuard.sameHost("https://pishkhan.example", "127.0.0.1", null), "no forwarded host: refused");
    }

    @Test
    void the_forwarded_host_is_its_first_value_without_its_port() {
        assertEquals("pishkhan.example", RequestGuard.hostOf(" pishkhan.example:443 , inner.local"));
        assertEquals("[::1]", RequestGuard.hostOf("[::1]:8080"));
        assertNull(RequestGuard.hostOf(""));
        assertNull(RequestGuard.hostOf(null));
    }
}
