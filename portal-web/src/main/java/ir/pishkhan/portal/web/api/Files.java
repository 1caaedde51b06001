package ir.pishkhan.portal.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file's name in a Content-Disposition header (RFC 5987). */
final class Files {

    private Files() {
    }

    static String encoded(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
