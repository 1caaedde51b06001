package ir.pishkhan.portal.web.view.reports;

import ir.pishkhan.portal.domain.dispute.DisputeStatus;
import ir.pishkhan.portal.domain.linerequest.LineStanding;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.web.application.SecurityAudit;
import ir.pishkhan.portal.web.report.DisputeReports;
import ir.pishkhan.portal.web.report.LineReports;
import ir.pishkhan.portal.web.report.MeetingReports;
import ir.pishkhan.portal.web.report.PdfWriter;
import ir.pishkhan.portal.web.report.Report;
import ir.pishkhan.portal.web.report.XlsxWriter;
import ir.pishkhan.portal.web.view.LocaleBean;
import ir.pishkhan.portal.web.view.disputes.DisputeListBacking;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The reports' files, in the user's language: {@code /reports/export/lines.xlsx} and {@code .pdf} (the follow-up
 * report; parameters {@code from} and {@code to}, ISO days of sending, optional) and {@code meeting.xlsx} and {@code
 * .pdf} (the report to a meeting; parameter {@code number}) for the guild association and the secretariat; {@code /secretariat/reports/export/resolution1.xlsx} and {@code .pdf} (parameters {@code standing},
 * repeated, optional) for the secretariat; {@code /disputes/export/disputes.xlsx} and {@code .pdf} (the disputes' list as
 * filtered on its page: {@code status}, repeated, {@code agency}, {@code text}; narrowed to the caller's own by the
 * service) for everyone who sees disputes. web.xml's constraints and the service's roles guard them both. A report
 * or a parameter that names nothing answers 404.
 */
@WebServlet({"/reports/export/*", "/secretariat/reports/export/*", "/disputes/export/*"})
public class ReportExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private LineReports reports;

    @Inject
    private MeetingReports meetingReports;

    @Inject
    private DisputeReports disputeReports;

    @Inject
    private LocaleBean localeBean;

    @Inject
    private SecurityAudit audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int dot = file.lastIndexOf('.');
        String name = dot < 0 ? file : file.substring(0, dot);
        String format = dot < 0 ? "" : file.substring(dot + 1);
        boolean secretariat = request.getServletPath().startsWith("/secretariat/");
        boolean disputes = request.getServletPath().startsWith("/disputes/");
        Report report;
        try {
            if (disputes) {
                if (!name.equals("disputes")) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                report = disputeReports.list(localeBean.getLocale(), DisputeListBacking.filter(
                        disputeStatuses(request.getParameterValues("status")), agency(request.getParameter("agency")),
                        request.getParameter("text")));
            } else if (!secretariat && name.equals("lines")) {
                report = reports.followUp(localeBean.getLocale(), day(request.getParameter("from")),
                        day(request.getParameter("to")));
            } else if (!secretariat && name.equals("meeting")) {
                report = meetingReports.report(localeBean.getLocale(), Integer.parseInt(
                        PersianText.toAsciiDigits(String.valueOf(request.getParameter("number")).trim())));
            } else if (secretariat && name.equals("resolution1")) {
                report = reports.resolution1(localeBean.getLocale(), standings(request.getParameterValues("standing")));
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        } catch (IllegalArgumentException | BusinessException.InvalidInput | BusinessException.NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String download = "pishkhan-" + name + "-" + PersianText.toAsciiDigits(
                JalaliDates.toJalali(JalaliDates.today())).replace('/', '-') + "." + format;
        if (format.equals("xlsx") || format.equals("pdf")) {
            String query = request.getQueryString();
            audit.exported(request.getRemoteUser(), file + (query == null ? "" : "?" + query), request.getRemoteAddr());
        }
        switch (format) {
            case "xlsx" -> {
                headers(response, XlsxWriter.CONTENT_TYPE, download);
                XlsxWriter.write(report, response.getOutputStream());
            }
            case "pdf" -> {
                headers(response, PdfWriter.CONTENT_TYPE, download);
                PdfWriter.write(report, response.getOutputStream());
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void headers(HttpServletResponse response, String type, String download) {
        response.setContentType(type);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + download + "\"");
    }

    /** An ISO day, or none; anything else names nothing. */
    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(PersianText.toAsciiDigits(value.trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Set<DisputeStatus> disputeStatuses(String[] values) {
        Set<DisputeStatus> out = EnumSet.noneOf(DisputeStatus.class);
        if (values != null) {
            for (String v : values) {
                out.add(DisputeStatus.valueOf(v));
            }
        }
        return out;
    }

    /** An agency's id, or none. */
    private static Long agency(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(PersianText.toAsciiDigits(value.trim()));
    }

    private static Set<LineStanding> standings(String[] values) {
        Set<LineStanding> out = EnumSet.noneOf(LineStanding.class);
        if (values != null) {
            for (String v : values) {
                out.add(LineStanding.valueOf(v));
            }
        }
        return out;
    }
}
