package ir.pishkhan.portal.web.view.meetings;

import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.web.application.MeetingService;
import ir.pishkhan.portal.web.faces.Params;
import ir.pishkhan.portal.web.view.complaints.AttachmentServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * /meetings/minutes/15: the minutes file of a meeting the user may read (a draft's only for the secretariat: 404 for
 * others), as a download of its checked type — answered as the evidence files are.
 */
@WebServlet("/meetings/minutes/*")
public class MinutesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Meeting m;
        try {
            m = service.minutes(Params.positiveInt(path == null ? null : path.substring(1)));
        } catch (RuntimeException e) {
            OptionalInt refused = AttachmentServlet.refusal(e);
            if (refused.isEmpty()) {
                throw e;
            }
            response.sendError(refused.getAsInt());
            return;
        }
        byte[] data = m.minutesData();
        response.setContentType(m.getMinutesContentType());
        response.setContentLength(data.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        String encoded = URLEncoder.encode(m.getMinutesFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", "attachment; filename=\"minutes\"; filename*=UTF-8''" + encoded);
        response.getOutputStream().write(data);
    }
}
