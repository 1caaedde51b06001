package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.figures.AgencyFigures;
import ir.pishkhan.portal.domain.figures.FiguresRepository;
import ir.pishkhan.portal.domain.figures.MonthSpan;
import ir.pishkhan.portal.domain.figures.ObligationFigures;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The compliance figures of the working group: per agency, the complaints filed against it, received, answered, the
 * median days to an answer, those overdue now, and its obligations as they stand today (met, overdue, per state);
 * complaints per month and status. The public scorecard reads them
 * through {@link ScorecardCache}; the secretariat's and the guild's dashboard reads them fresh.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FiguresService {

    @Inject
    private FiguresRepository figures;

    @Inject
    private AgencyRepository agencies;

    @Inject
    private Clock clock;

    /** One agency's line, with its names: what a scorecard or a dashboard row shows. */
    public record Line(long agencyId, String nameFa, String nameEn, AgencyFigures figures, ObligationFigures obligations)
            implements Serializable {
        public String name(Locale locale) {
            return JalaliDates.isPersian(locale) ? nameFa : nameEn;
        }
    }

    /** The figures of every agency over a span, as computed at {@code at}. Aggregates only. */
    public record Sheet(MonthSpan span, List<Line> lines, Instant at) implements Serializable {
        public long filed() {
            return lines.stream().mapToLong(l -> l.figures().filed()).sum();
        }

        public long received() {
            return lines.stream().mapToLong(l -> l.figures().received()).sum();
        }

        public long answered() {
            return lines.stream().mapToLong(l -> l.figures().answered()).sum();
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(JalaliDates.ZONE));
    }

    /** The public scorecard's figures: anyone, no login (aggregates only). */
    @PermitAll
    public Sheet publicSheet(MonthSpan span) {
        return sheet(span);
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD})
    public Sheet dashboardSheet(MonthSpan span) {
        return sheet(span);
    }

    /** Complaints per month and status over the span, of one agency or all: the dashboard's monthly chart. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD})
    public List<FiguresRepository.MonthStatus> perMonthAndStatus(MonthSpan span, Long agencyId) {
        return figures.perMonthAndStatus(span, agencyId);
    }

    /** Per resolution: the complaints of the span linked to it, its obligations and those met. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.GUILD})
    public List<FiguresRepository.ResolutionFigures> perResolution(MonthSpan span) {
        return figures.perResolution(span);
    }

    private Sheet sheet(MonthSpan span) {
        List<Agency> all = agencies.choices();
        Map<Long, Agency> byId = all.stream().collect(Collectors.toMap(Agency::getId, Function.identity()));
        Map<Long, ObligationFigures> obligations = ObligationFigures.of(byId.keySet(), figures.obligationsPerAgency(today()));
        List<Line> lines = AgencyFigures.of(byId.keySet(), figures.receivedPerAgency(span),
                        figures.answerDays(span, null), figures.overduePerAgency(today())).stream()
                .sorted(AgencyFigures.BUSIEST_FIRST)
                .map(f -> {
                    Agency a = byId.get(f.agencyId());
                    return new Line(a.getId(), a.getNameFa(), a.getNameEn(), f, obligations.get(a.getId()));
                })
                .toList();
        return new Sheet(span, lines, clock.instant());
    }

}
