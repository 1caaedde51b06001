package ir.pishkhan.portal.web.view;

import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.web.application.SecurityAudit;
import ir.pishkhan.portal.web.report.CsvWriter;
import ir.pishkhan.portal.web.report.PdfWriter;
import ir.pishkhan.portal.web.report.Report;
import ir.pishkhan.portal.web.report.XlsxWriter;
import ir.pishkhan.portal.web.report.lists.ExportQuery;
import ir.pishkhan.portal.web.report.lists.ListExport;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Every list's file — {@code <list>/export/list.xlsx}, {@code .csv} and for the registers {@code .pdf} — with the
 * list's filters as its parameters ({@link ExportQuery}): the one servlet of the lists' exports, each list only a
 * {@link ListExport} (its columns and rows). It is mapped inside each list's area, so that web.xml's constraint of the
 * area guards its export as it guards its page; the list's service then narrows the rows to what the caller may see,
 * as it does for the page. A list, a format or a parameter that names nothing answers 404. The rows are read a page
 * at a time while the file is written.
 */
@WebServlet({"/complaints/export/*", "/lines/export/*", "/offices/export/*", "/agencies/export/*",
        "/admin/users/export/*", "/services/export/*", "/services/coverage/export/*", "/contracts/export/*", "/tariffs/export/*"})
public class ListExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Any
    private Instance<ListExport> exports;

    @Inject
    private LocaleBean localeBean;

    @Inject
    private SecurityAudit audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getPathInfo() == null ? "" : request.getPathInfo();
        String format = file.startsWith("/list.") ? file.substring("/list.".length()) : "";
        ListExport export = exports.stream().filter(e -> e.path().equals(request.getServletPath())
                && e.formats().contains(format)).findFirst().orElse(null);
        if (export == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Report report;
        try {
            report = export.report(localeBean.getLocale(), ExportQuery.of(request.getParameterMap()));
        } catch (IllegalArgumentException | BusinessException.InvalidInput | BusinessException.NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String query = request.getQueryString();
        audit.exported(request.getRemoteUser(), request.getServletPath() + file + (query == null ? "" : "?" + query),
                request.getRemoteAddr());
        String download = "pishkhan-" + export.name() + "-" + PersianText.toAsciiDigits(
                JalaliDates.toJalali(JalaliDates.today())).replace('/', '-') + "." + format;
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + download + "\"");
        switch (format) {
            case "xlsx" -> {
                response.setContentType(XlsxWriter.CONTENT_TYPE);
                XlsxWriter.write(report, response.getOutputStream());
            }
            case "pdf" -> {
                response.setContentType(PdfWriter.CONTENT_TYPE);
                PdfWriter.write(report, response.getOutputStream());
            }
            default -> {
                response.setContentType(CsvWriter.CONTENT_TYPE);
                CsvWriter.write(report, response.getOutputStream());
            }
        }
    }
}
