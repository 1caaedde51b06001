package ir.pishkhan.portal.web.view.letters;

import ir.pishkhan.portal.web.application.EscalationLetters;
import ir.pishkhan.portal.web.faces.Params;
import ir.pishkhan.portal.web.report.PdfWriter;
import ir.pishkhan.portal.web.view.complaints.AttachmentServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /letters/{workflow}/{id}.pdf ({@link EscalationLetters#path}): the formal letter the escalation ladder issued for a record (complaint, lineRequest,
 * obligation), as a PDF, to those who may see the record only — 404 for anyone else, as for the record's files.
 */
@WebServlet("/letters/*")
public class LetterServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(complaint|lineRequest|obligation)/([0-9]{1,18})\\.pdf");

    @Inject
    private EscalationLetters letters;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EscalationLetters.Letter letter = AttachmentServlet.orRefused(response,
                () -> letters.letter(m.group(1), Params.positiveLong(m.group(2))));
        if (letter == null) {
            return;
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfWriter.write(letter.report(), pdf);
        AttachmentServlet.send(response, letter.fileName(), PdfWriter.CONTENT_TYPE, pdf.toByteArray());
    }
}
