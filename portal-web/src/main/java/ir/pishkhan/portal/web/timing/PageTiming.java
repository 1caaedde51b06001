package ir.pishkhan.portal.web.timing;

import ir.pishkhan.portal.persistence.SqlClock;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Times each request on the server and the SQL it ran, as a {@link PageEvent}, while a JDK Flight Recorder recording
 * asks for that event (README, "Where a page's time goes"). With no such recording the request passes untouched.
 */
@WebFilter(filterName = "PageTiming", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PageTiming extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PageEvent event = new PageEvent();
        if (!event.isEnabled()) {
            chain.doFilter(request, response);
            return;
        }
        SqlClock.Tally sql = SqlClock.start();
        event.begin();
        try {
            chain.doFilter(request, response);
        } finally {
            event.end();
            SqlClock.stop();
            if (event.shouldCommit()) {
                event.path = request.getRequestURI().substring(request.getContextPath().length());
                event.method = request.getMethod();
                event.ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
                event.status = response.getStatus();
                event.sql = sql.nanos();
                event.statements = sql.statements();
                event.commit();
            }
        }
    }
}
