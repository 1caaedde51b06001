package ir.pishkhan.portal.web.report;

import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.figures.FiguresRepository;
import ir.pishkhan.portal.domain.figures.MonthSpan;
import ir.pishkhan.portal.domain.linerequest.LineStanding;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.obligation.Obligation;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.Proposal;
import ir.pishkhan.portal.web.application.AgendaWording;
import ir.pishkhan.portal.web.application.FiguresService;
import ir.pishkhan.portal.web.application.MeetingService;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.report.Report.Cell;
import ir.pishkhan.portal.web.report.Report.Column;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The report to a meeting of the working group, one click from the meeting's page, as PDF and Excel: since the
 * meeting before it — for each resolution still in force, its obligations by party and standing; the complaints per
 * agency (filed, forwarded, answered, median days to an answer, referred to the violations board, overdue now) and
 * per agency × kind × outcome; the meeting's agenda and, for a draft, what the portal proposes; the line requests'
 * standing under resolution 1. The complaints are counted by the
 * Jalali month they were filed in, at most the last ten years (the report says which months).
 */
@ApplicationScoped
public class MeetingReports {

    /** Obligations read at a time while the report is written. */
    static final int CHUNK = 1000;

    @Inject
    private MeetingService meetings;

    @Inject
    private FiguresService figures;

    @Inject
    private FiguresRepository counts;

    @Inject
    private LineReports lines;

    public Report report(Locale locale, int number) {
        MeetingService.MeetingView view = meetings.meeting(number);
        Meeting meeting = view.meeting();
        LocalDate today = figures.today();
        LocalDate to = meeting.getHeldOn() == null || meeting.getHeldOn().isAfter(today) ? today : meeting.getHeldOn();
        LocalDate from = meetings.previous(number).map(Meeting::getHeldOn).orElse(null);
        int first = from == null ? MonthSpan.plusMonths(JalaliDates.monthKey(to), -11) : JalaliDates.monthKey(from);
        int last = JalaliDates.monthKey(to);
        first = Math.max(first, MonthSpan.plusMonths(last, -(MonthSpan.LONGEST_MONTHS - 1)));
        MonthSpan span = new MonthSpan(Math.min(first, last), last);
        FiguresService.Sheet sheet = figures.dashboardSheet(span);

        List<String> intro = new ArrayList<>();
        intro.add(text(locale, "meetingReport.since", from == null ? "—" : JalaliDates.format(from, locale),
                JalaliDates.format(to, locale)));
        intro.add(text(locale, "meetingReport.months", MonthSpan.label(span.from(), locale), MonthSpan.label(span.to(), locale)));
        intro.add(text(locale, "reports.generated", JalaliDates.format(Instant.now(), locale)));

        List<Report.Table> tables = new ArrayList<>();
        tables.add(obligations(locale, today));
        // one GROUP BY over the complaints for both tables (about 1.5 s over a million)
        List<FiguresRepository.KindStatus> kinds = counts.perAgencyKindAndStatus(span);
        tables.add(perAgency(locale, sheet, kinds));
        tables.add(perKind(locale, sheet, kinds));
        tables.add(agenda(locale, view, meetings.proposalsToReport(number)));
        // resolution 1 (and 9, which gives its deadline): the offices' lines, as the resolution 1 report has them
        tables.addAll(lines.resolution1(locale, EnumSet.noneOf(LineStanding.class)).tables());
        return new Report(text(locale, "meetingReport.title", num(number, locale)), intro, tables, locale);
    }

    private Report.Table obligations(Locale locale, LocalDate today) {
        Set<Long> inForce = meetings.inForceIds();
        return new Report.Table(text(locale, "meetingReport.obligations"), List.of(
                Column.text(text(locale, "meetingReport.resolution"), 1),
                Column.text(text(locale, "meetingReport.party"), 3),
                Column.text(text(locale, "meetingReport.standing"), 2),
                Column.text(text(locale, "meetingReport.deadline"), 2),
                Column.text(text(locale, "meetingReport.overdue"), 1)),
                sink -> {
                    for (int offset = 0; ; offset += CHUNK) {
                        List<FiguresRepository.ObligationLine> page = counts.obligations(inForce, offset, CHUNK);
                        for (FiguresRepository.ObligationLine o : page) {
                            boolean overdue = Obligation.isOverdue(o.deadline(), o.status(), today);
                            sink.accept(List.of(
                                    Cell.text(num(o.meeting() + "/" + o.resolution(), locale)),
                                    Cell.text(JalaliDates.isPersian(locale) ? o.agencyFa() : o.agencyEn()),
                                    Cell.text(label(locale, o.status())),
                                    Cell.text(o.deadline() == null ? "—" : JalaliDates.format(o.deadline(), locale)),
                                    Cell.text(overdue ? text(locale, "meetingReport.yes") : "")));
                        }
                        if (page.size() < CHUNK) {
                            return;
                        }
                    }
                });
    }

    /** The meeting's agenda as it stands, then (for a draft) what the portal proposes besides. */
    private static Report.Table agenda(Locale locale, MeetingService.MeetingView view, List<Proposal> proposals) {
        return new Report.Table(text(locale, "meetingReport.agenda"), List.of(
                Column.text(text(locale, "meetingReport.agendaItem"), 5),
                Column.text(text(locale, "meetingReport.agendaState"), 2)),
                sink -> {
                    view.agenda().forEach(i -> sink.accept(List.of(Cell.text(i.getTitle()),
                            Cell.text(i.getOutcome() != null ? label(locale, i.getOutcome())
                                    : text(locale, "meetingReport.onAgenda")))));
                    proposals.forEach(p -> sink.accept(List.of(Cell.text(AgendaWording.title(p, locale)),
                            Cell.text(text(locale, "meetingReport.proposed")))));
                });
    }

    private Report.Table perAgency(Locale locale, FiguresService.Sheet sheet, List<FiguresRepository.KindStatus> kinds) {
        Map<Long, Long> referred = new TreeMap<>();
        kinds.stream().filter(k -> k.status() == ComplaintStatus.REFERRED)
                .forEach(k -> referred.merge(k.agencyId(), k.complaints(), Long::sum));
        return new Report.Table(text(locale, "meetingReport.perAgency"), List.of(
                Column.text(text(locale, "scorecard.agency"), 4),
                Column.number(text(locale, "scorecard.filed")),
                Column.number(text(locale, "scorecard.received")),
                Column.number(text(locale, "scorecard.answered")),
                Column.text(text(locale, "scorecard.medianDays"), 1),
                Column.number(text(locale, "meetingReport.referred")),
                Column.number(text(locale, "scorecard.overdue"))),
                sink -> sheet.lines().forEach(l -> sink.accept(List.of(
                        Cell.text(l.name(locale)),
                        Cell.number(l.figures().filed(), locale),
                        Cell.number(l.figures().received(), locale),
                        Cell.number(l.figures().answered(), locale),
                        Cell.text(l.figures().medianAnswerDays() == null ? "—"
                                : num(decimal(l.figures().medianAnswerDays()), locale)),
                        Cell.number(referred.getOrDefault(l.agencyId(), 0L), locale),
                        Cell.number(l.figures().overdue(), locale)))));
    }

    private Report.Table perKind(Locale locale, FiguresService.Sheet sheet, List<FiguresRepository.KindStatus> kinds) {
        Map<Long, String> names = sheet.lines().stream().collect(Collectors.toMap(FiguresService.Line::agencyId, l -> l.name(locale)));
        List<FiguresRepository.KindStatus> rows = kinds.stream()
                .sorted((a, b) -> {
                    int c = names.getOrDefault(a.agencyId(), "").compareTo(names.getOrDefault(b.agencyId(), ""));
                    c = c != 0 ? c : a.kind().compareTo(b.kind());
                    return c != 0 ? c : a.status().compareTo(b.status());
                }).toList();
        return new Report.Table(text(locale, "meetingReport.perKind"), List.of(
                Column.text(text(locale, "scorecard.agency"), 3),
                Column.text(text(locale, "complaint.kind"), 3),
                Column.text(text(locale, "complaint.status"), 2),
                Column.number(text(locale, "meetingReport.complaints"))),
                sink -> rows.forEach(k -> sink.accept(List.of(
                        Cell.text(names.getOrDefault(k.agencyId(), "")),
                        Cell.text(text(locale, "enum.ComplaintKind." + k.kind())),
                        Cell.text(label(locale, k.status())),
                        Cell.number(k.complaints(), locale)))));
    }

    private static String decimal(double d) {
        return d == Math.floor(d) ? String.valueOf((long) d) : String.valueOf(d);
    }


    private static String label(Locale locale, Enum<?> value) {
        return text(locale, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private static String text(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }

    /** A number (or "14/1") in the reader's digits, with the Persian decimal separator. */
    private static String num(Object n, Locale locale) {
        String s = String.valueOf(n);
        return JalaliDates.isPersian(locale) ? PersianText.toPersianDigits(s.replace('.', '\u066B')) : s;
    }
}
