package ir.pishkhan.portal.web.view.scorecard;

import ir.pishkhan.portal.web.security.SecurityHeaders;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public scorecard as it was last written, per address (span and language), for as long as its figures are kept
 * ({@code portal.scorecard.cacheSeconds}): a page anyone and any crawler may ask for is sent as bytes, not rendered
 * again for each of them. Only a plain GET with no session is kept or served — the page is the same for every visitor
 * (aggregates only, no form state, no script of its own), so its content security policy is kept with it. At most
 * {@value #PAGES} pages per instance.
 */
@WebFilter(filterName = "ScorecardPages", urlPatterns = "/scorecard.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class ScorecardPages extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int PAGES = 400;

    private record Page(byte[] body, String contentType, String policy, Instant until) {
    }

    private final transient Map<String, Page> pages = new ConcurrentHashMap<>();
    private Duration keep;
    private boolean https;
    private final transient Clock clock = Clock.systemUTC();

    @Override
    public void init() {
        keep = Duration.ofSeconds(ConfigProvider.getConfig().getOptionalValue("portal.scorecard.cacheSeconds", Long.class)
                .orElse(300L));
        https = SecurityHeaders.https();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || request.getSession(false) != null || keep.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getQueryString() == null ? "" : request.getQueryString();
        Page kept = pages.get(address);
        if (kept != null && clock.instant().isBefore(kept.until())) {
            SecurityHeaders.set(request, response, https);
            send(response, kept);
            return;
        }
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        byte[] body = capture.bytes();
        if (capture.status() == HttpServletResponse.SC_OK && request.getSession(false) == null) {
            if (pages.size() >= PAGES) {
                pages.clear();
            }
            pages.put(address, new Page(body, capture.getContentType(), capture.getHeader("Content-Security-Policy"),
                    clock.instant().plus(keep)));
        }
        if (!capture.passedOn()) {
            response.getOutputStream().write(body);
        }
    }

    private static void send(HttpServletResponse response, Page page) throws IOException {
        response.setContentType(page.contentType());
        if (page.policy() != null) {
            response.setHeader("Content-Security-Policy", page.policy());
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** The page as the chain writes it, held back until it is whole. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        private PrintWriter writer;
        private ServletOutputStream stream;
        private int status = SC_OK;
        /** An error or a redirect the container sends itself: nothing held back is written after it. */
        private boolean passedOn;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            passedOn = true;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            passedOn = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = SC_FOUND;
            passedOn = true;
            super.sendRedirect(location);
        }

        int status() {
            return status;
        }

        boolean passedOn() {
            return passedOn;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(bytes, charset));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void resetBuffer() {
            flushBuffer();
            bytes.reset();
        }

        @Override
        public void reset() {
            super.reset();
            resetBuffer();
        }

        // the length is the whole page's, set when it is sent
        @Override
        public void setContentLength(int len) {
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        byte[] bytes() {
            flushBuffer();
            return bytes.toByteArray();
        }
    }
}
