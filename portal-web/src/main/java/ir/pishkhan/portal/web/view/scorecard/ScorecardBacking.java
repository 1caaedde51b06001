package ir.pishkhan.portal.web.view.scorecard;

import ir.pishkhan.portal.domain.figures.MonthSpan;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.web.application.FiguresService;
import ir.pishkhan.portal.web.application.ScorecardCache;
import ir.pishkhan.portal.web.view.LocaleBean;
import ir.pishkhan.portal.web.faces.Formats;
import ir.pishkhan.portal.web.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The public scorecard ({@code scorecard.xhtml}): per agency, over a span of Jalali months chosen in the address
 * ({@code ?from=1405-01&to=1405-09&lang=en}), what the working group's figures say. Request-scoped, on a transient
 * view with plain GET links, so that neither a visitor nor a crawler is given a session; the language comes from the
 * address, not from the signed-in user's choice.
 */
@Named
@RequestScoped
public class ScorecardBacking {

    /** The first Jalali year offered: the year of the 14th meeting, whose resolutions the portal tracks. */
    static final int FIRST_YEAR = 1391;

    @Inject
    private ScorecardCache cache;

    @Inject
    private FiguresService figures;

    @Inject
    private Formats fmt;

    private String from;
    private String to;
    private String lang;
    private boolean invalid;
    private FiguresService.Sheet sheet;
    private List<SelectItem> monthChoices;
    private List<Row> rows;

    /** Reads the span asked for (the last twelve months when none, or when it makes no sense: then says so). */
    public void load() {
        MonthSpan span = MonthSpan.lastYear(figures.today());
        if (from != null || to != null) {
            try {
                span = new MonthSpan(month(from, span.from()), month(to, span.to()));
            } catch (BusinessException.InvalidInput e) {
                invalid = true;
            }
        }
        sheet = cache.sheet(span);
    }

    /** A month of the address ({@link MonthSpan#parseKey}); absent → the default. */
    private static int month(String text, int otherwise) {
        return text == null || text.isBlank() ? otherwise : MonthSpan.parseKey(text);
    }

    public Locale getLocale() {
        return "en".equals(lang) ? LocaleBean.ENGLISH : LocaleBean.PERSIAN;
    }

    public boolean isPersian() {
        return JalaliDates.isPersian(getLocale());
    }

    public String getDir() {
        return isPersian() ? "rtl" : "ltr";
    }

    public String getOtherLang() {
        return isPersian() ? "en" : "fa";
    }

    /** The other language's own name, as the language switch writes it: "English" on Persian pages, «فارسی» on English ones. */
    public String getOtherLanguageName() {
        return isPersian() ? "English" : "فارسی";
    }

    public FiguresService.Sheet getSheet() {
        return sheet;
    }

    public boolean isInvalid() {
        return invalid;
    }

    /** Every month a span may start or end in, newest first: value "1405-09", label «شهریور ۱۴۰۵». */
    public List<SelectItem> getMonthChoices() {
        if (monthChoices == null) {
            int last = JalaliDates.monthKey(figures.today());
            monthChoices = IntStream.rangeClosed(0, (last / 100 - FIRST_YEAR) * 12 + last % 100 - 1)
                    .map(back -> MonthSpan.plusMonths(last, -back))
                    .mapToObj(m -> new SelectItem(MonthSpan.key(m), monthLabel(m)))
                    .toList();
        }
        return monthChoices;
    }

    /** The span's ends as the choices write them. */
    public String getFromKey() {
        return MonthSpan.key(sheet.span().from());
    }

    public String getToKey() {
        return MonthSpan.key(sheet.span().to());
    }

    /** «شهریور ۱۴۰۵ تا آذر ۱۴۰۵», "Shahrivar 1405 to Azar 1405". */
    public String getSpanText() {
        return Messages.text(getLocale(), "scorecard.span", monthLabel(sheet.span().from()), monthLabel(sheet.span().to()));
    }

    /**
     * The table's rows, each cell written once here as the page shows it ({@code fmt.count}, {@code fmt.decimal},
     * {@link #share}): the page reads them as plain properties. Calling the records' accessors and the formats from
     * the page, eleven methods per agency looked up by reflection on each call, was half the time of a scorecard
     * counted afresh (JFR).
     */
    public List<Row> getRows() {
        if (rows == null) {
            Locale locale = getLocale();
            rows = sheet.lines().stream().map(line -> new Row(line.agencyId(), line.name(locale),
                    fmt.count(line.figures().filed()), fmt.count(line.figures().received()),
                    fmt.count(line.figures().answered()), share(line), fmt.decimal(line.figures().medianAnswerDays()),
                    fmt.count(line.figures().overdue()), fmt.count(line.obligations().total()),
                    fmt.count(line.obligations().met()), fmt.count(line.obligations().metOnTime()),
                    fmt.count(line.obligations().overdue()))).toList();
        }
        return rows;
    }

    /** One agency's row of the scorecard, as written. */
    public static final class Row {
        private final long agencyId;
        private final String name;
        private final String filed;
        private final String received;
        private final String answered;
        private final String share;
        private final String median;
        private final String overdue;
        private final String obligations;
        private final String obligationsMet;
        private final String obligationsOnTime;
        private final String obligationsOverdue;

        Row(long agencyId, String name, String filed, String received, String answered, String share, String median,
            String overdue, String obligations, String obligationsMet, String obligationsOnTime,
            String obligationsOverdue) {
            this.agencyId = agencyId;
            this.name = name;
            this.filed = filed;
            this.received = received;
            this.answered = answered;
            this.share = share;
            this.median = median;
            this.overdue = overdue;
            this.obligations = obligations;
            this.obligationsMet = obligationsMet;
            this.obligationsOnTime = obligationsOnTime;
            this.obligationsOverdue = obligationsOverdue;
        }

        public long getAgencyId() {
            return agencyId;
        }

        public String getName() {
            return name;
        }

        public String getFiled() {
            return filed;
        }

        public String getReceived() {
            return received;
        }

        public String getAnswered() {
            return answered;
        }

        public String getShare() {
            return share;
        }

        public String getMedian() {
            return median;
        }

        public String getOverdue() {
            return overdue;
        }

        public String getObligations() {
            return obligations;
        }

        public String getObligationsMet() {
            return obligationsMet;
        }

        public String getObligationsOnTime() {
            return obligationsOnTime;
        }

        public String getObligationsOverdue() {
            return obligationsOverdue;
        }
    }

    /** Answered out of received as «۷۵٪», or a dash when the agency received none. */
    public String share(FiguresService.Line line) {
        Integer percent = line.figures().answeredPercent();
        return percent == null ? "—" : Messages.text(getLocale(), "percent", percent);
    }

    public String getCountedAt() {
        return JalaliDates.format(sheet.at(), getLocale());
    }

    private String monthLabel(int monthKey) {
        return MonthSpan.label(monthKey, getLocale());
    }

    public String getFrom() {
        return from;
    }

    public void setFromKey(String ignored) {
        // the choices are read from the address (from, to), never posted
    }

    public void setToKey(String ignored) {
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }
}
