package ir.pishkhan.portal.web.view.reports;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.figures.FiguresRepository;
import ir.pishkhan.portal.domain.figures.MonthSpan;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.web.application.FiguresService;
import ir.pishkhan.portal.web.faces.Formats;
import ir.pishkhan.portal.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import org.primefaces.event.ItemSelectEvent;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The compliance dashboard ({@code reports/compliance.xhtml}) of the secretariat and the guild: per agency, the
 * complaints filed, received, answered, median days to an answer and overdue now, as a chart and a table; per month,
 * the complaints by status. A click on a bar opens the complaint list behind it, filtered the same way.
 * <p>
 * Holds only the span, the agency chosen and the figures of the last count (aggregates, a few kilobytes).
 */
@Named
@ViewScoped
public class ComplianceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Agencies drawn in the chart: the busiest; the table lists them all. */
    static final int CHARTED = 12;

    /** The colours of the chart's series, dark enough for white text and distinct in grey too. */
    private static final String[] COLOURS = {"#1f3b63", "#3f7fbf", "#2e7d32", "#b26a00", "#8e2430", "#6a4c93",
            "#00796b", "#5d4037", "#455a64"};

    /**
     * Looked up once: {@code Json.createObjectBuilder()} looks the provider up through the service loader on each call,
     * reading the WAR's jars (a tenth of the dashboard's time, JFR).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "FiguresService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private FiguresService figures;

    private String from;
    private String to;
    private Long agencyId;
    private FiguresService.Sheet sheet;
    private List<FiguresRepository.MonthStatus> months;
    private List<FiguresRepository.ResolutionFigures> resolutions;
    private List<SelectItem> monthChoices;
    /** The charts as last written, for the locale they were written in: counted again with the figures. */
    private transient String agencyChart;
    private transient String monthChart;
    private transient Locale chartsLocale;
    /** The table's rows as written, for the locale of {@link #chartsLocale}: counted again with the figures. */
    private transient List<Row> rows;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "Formats is an @ApplicationScoped bean: the field holds its serializable client proxy (CDI)")
    private Formats fmt;

    @PostConstruct
    void init() {
        MonthSpan span = MonthSpan.lastYear(figures.today());
        from = MonthSpan.key(span.from());
        to = MonthSpan.key(span.to());
        count(span);
    }

    /** Counts again for the span and agency chosen; a span that makes no sense is refused with its reason. */
    public void show() {
        try {
            count(new MonthSpan(MonthSpan.parseKey(from), MonthSpan.parseKey(to)));
        } catch (BusinessException e) {
            Messages.error(null, e.getMessageKey(), e.getArguments());
        }
    }

    private void count(MonthSpan span) {
        sheet = figures.dashboardSheet(span);
        months = figures.perMonthAndStatus(span, agencyId);
        resolutions = figures.perResolution(span);
        agencyChart = null;
        monthChart = null;
        rows = null;
    }

    /** Forgets the charts kept when they were written in another locale than the page's. */
    private void chartsIn(Locale locale) {
        if (!locale.equals(chartsLocale)) {
            agencyChart = null;
            monthChart = null;
            rows = null;
            chartsLocale = locale;
        }
    }

    public List<FiguresRepository.ResolutionFigures> getResolutions() {
        return resolutions;
    }

    /** The complaints of the span linked to a resolution, or its obligations: the lists behind the per-resolution table. */
    public String resolutionLink(FiguresRepository.ResolutionFigures r, boolean obligations) {
        if (obligations) {
            return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                    + "/obligations/list.xhtml?resolution=" + r.resolutionId();
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("resolution", String.valueOf(r.resolutionId()));
        spanQuery(query);
        return listUrl(query);
    }

    // --- the per-agency chart ---

    /** Chart.js configuration of the per-agency bars (filed, received, answered), right to left in Persian. */
    public String getAgencyChart() {
        Locale locale = Messages.locale();
        chartsIn(locale);
        if (agencyChart == null) {
            agencyChart = agencyChart(locale);
        }
        return agencyChart;
    }

    private String agencyChart(Locale locale) {
        List<FiguresService.Line> charted = charted();
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        charted.forEach(l -> labels.add(l.name(locale)));
        JsonArrayBuilder sets = JSON.createArrayBuilder()
                .add(dataset(Messages.text("scorecard.filed"), COLOURS[0], charted.stream().mapToLong(l -> l.figures().filed()).toArray()))
                .add(dataset(Messages.text("scorecard.received"), COLOURS[1], charted.stream().mapToLong(l -> l.figures().received()).toArray()))
                .add(dataset(Messages.text("scorecard.answered"), COLOURS[2], charted.stream().mapToLong(l -> l.figures().answered()).toArray()))
                .add(dataset(Messages.text("scorecard.overdue"), COLOURS[4], charted.stream().mapToLong(l -> l.figures().overdue()).toArray()));
        return chart(labels, sets, false);
    }

    /**
     * The per-agency table's rows, each count and link written once here as the page wrote them ({@code fmt.count},
     * {@link #filedLink}, {@link #overdueLink}, {@link #obligationsLink}): the table reads them as plain properties,
     * not by calling the records' accessors and the formats by reflection for each cell (JFR: a third of the page).
     */
    public List<Row> getRows() {
        chartsIn(Messages.locale());
        if (rows == null) {
            rows = sheet.lines().stream().map(l -> new Row(l, fmt.count(l.figures().filed()), filedLink(l),
                    fmt.count(l.figures().received()), fmt.count(l.figures().answered()),
                    fmt.decimal(l.figures().medianAnswerDays()), fmt.count(l.figures().overdue()), overdueLink(l),
                    fmt.count(l.obligations().total()), obligationsLink(l, false), fmt.count(l.obligations().met()),
                    fmt.count(l.obligations().metOnTime()), fmt.count(l.obligations().overdue()),
                    obligationsLink(l, true))).toList();
        }
        return rows;
    }

    /** One agency's row of the table, as written. */
    public record Row(FiguresService.Line line, String filed, String filedLink, String received, String answered,
                      String median, String overdue, String overdueLink, String obligations, String obligationsLink,
                      String obligationsMet, String obligationsOnTime, String obligationsOverdue,
                      String obligationsOverdueLink) {

        public String name(Locale locale) {
            return line.name(locale);
        }

        public String getFiled() {
            return filed;
        }

        public String getFiledLink() {
            return filedLink;
        }

        public String getReceived() {
            return received;
        }

        public String getAnswered() {
            return answered;
        }

        public String getMedian() {
            return median;
        }

        public String getOverdue() {
            return overdue;
        }

        public String getOverdueLink() {
            return overdueLink;
        }

        public String getObligations() {
            return obligations;
        }

        public String getObligationsLink() {
            return obligationsLink;
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

        public String getObligationsOverdueLink() {
            return obligationsOverdueLink;
        }
    }

    private List<FiguresService.Line> charted() {
        return sheet.lines().stream().limit(CHARTED).toList();
    }

    /**
     * A bar of an agency: the complaints filed against it in the span (of its filed, received and answered bars: the
     * list the three are counted from), or those overdue now.
     */
    public void agencySelected(ItemSelectEvent event) throws IOException {
        List<FiguresService.Line> charted = charted();
        if (event.getItemIndex() < 0 || event.getItemIndex() >= charted.size()) {
            return;
        }
        long agency = charted.get(event.getItemIndex()).agencyId();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("agency", String.valueOf(agency));
        if (event.getDataSetIndex() == 3) {
            query.put("overdue", "true");
        } else {
            spanQuery(query);
        }
        open(query);
    }

    // --- the monthly chart ---

    /** Chart.js configuration of the complaints per month of filing, stacked by status. */
    public String getMonthChart() {
        chartsIn(Messages.locale());
        if (monthChart == null) {
            monthChart = monthChart();
        }
        return monthChart;
    }

    private String monthChart() {
        List<Integer> spanMonths = sheet.span().months();
        Map<ComplaintStatus, long[]> counts = new EnumMap<>(ComplaintStatus.class);
        for (FiguresRepository.MonthStatus m : months) {
            counts.computeIfAbsent(m.status(), s -> new long[spanMonths.size()])[spanMonths.indexOf(m.month())] += m.complaints();
        }
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        spanMonths.forEach(m -> labels.add(monthLabel(m)));
        JsonArrayBuilder sets = JSON.createArrayBuilder();
        for (ComplaintStatus s : ComplaintStatus.values()) {
            sets.add(dataset(Messages.text("enum.ComplaintStatus." + s.name()), COLOURS[s.ordinal() % COLOURS.length],
                    counts.getOrDefault(s, new long[spanMonths.size()])).add("stack", "status"));
        }
        return chart(labels, sets, true);
    }

    /** A bar of a month and status: the complaints of that status filed in that month (of the agency chosen). */
    public void monthSelected(ItemSelectEvent event) throws IOException {
        List<Integer> spanMonths = sheet.span().months();
        if (event.getItemIndex() < 0 || event.getItemIndex() >= spanMonths.size()
                || event.getDataSetIndex() < 0 || event.getDataSetIndex() >= ComplaintStatus.values().length) {
            return;
        }
        int month = spanMonths.get(event.getItemIndex());
        Map<String, String> query = new LinkedHashMap<>();
        if (agencyId != null) {
            query.put("agency", String.valueOf(agencyId));
        }
        query.put("status", ComplaintStatus.values()[event.getDataSetIndex()].name());
        MonthSpan one = new MonthSpan(month, month);
        query.put("from", JalaliDates.toJalali(one.firstDay()));
        query.put("to", JalaliDates.toJalali(one.dayAfter().minusDays(1)));
        open(query);
    }

    /** The complaint list's address for the overdue complaints of an agency: the table's links. */
    public String overdueLink(FiguresService.Line line) {
        return listUrl(Map.of("agency", String.valueOf(line.agencyId()), "overdue", "true"));
    }

    /** The obligation list's address for an agency's obligations (all, or those overdue). */
    public String obligationsLink(FiguresService.Line line, boolean overdue) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/obligations/list.xhtml?agency=" + line.agencyId() + (overdue ? "&overdue=true" : "");
    }

    public String filedLink(FiguresService.Line line) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("agency", String.valueOf(line.agencyId()));
        spanQuery(query);
        return listUrl(query);
    }

    // --- the parts ---

    private void spanQuery(Map<String, String> query) {
        query.put("from", JalaliDates.toJalali(sheet.span().firstDay()));
        query.put("to", JalaliDates.toJalali(sheet.span().dayAfter().minusDays(1)));
    }

    private void open(Map<String, String> query) throws IOException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(listUrl(query));
    }

    private static String listUrl(Map<String, String> query) {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/complaints/list.xhtml");
        char sep = '?';
        for (Map.Entry<String, String> e : query.entrySet()) {
            url.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return url.toString();
    }

    private static JsonObjectBuilder dataset(String label, String colour, long[] values) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (long v : values) {
            data.add(v);
        }
        return JSON.createObjectBuilder().add("label", label).add("backgroundColor", colour).add("data", data);
    }

    private static String chart(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean stacked) {
        boolean rtl = JalaliDates.isPersian(Messages.locale());
        JsonObjectBuilder font = JSON.createObjectBuilder().add("family", "Vazirmatn FD, Vazirmatn, sans-serif");
        JsonObjectBuilder x = JSON.createObjectBuilder().add("reverse", rtl).add("stacked", stacked)
                .add("ticks", JSON.createObjectBuilder().add("font", font));
        JsonObjectBuilder y = JSON.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                .add("position", rtl ? "right" : "left");
        JsonObjectBuilder legend = JSON.createObjectBuilder().add("rtl", rtl).add("textDirection", rtl ? "rtl" : "ltr")
                .add("labels", JSON.createObjectBuilder().add("font", JSON.createObjectBuilder().add("family", "Vazirmatn FD, Vazirmatn, sans-serif")));
        JsonObjectBuilder tooltip = JSON.createObjectBuilder().add("rtl", rtl).add("textDirection", rtl ? "rtl" : "ltr");
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder()
                        .add("locale", rtl ? "fa-IR" : "en")
                        .add("maintainAspectRatio", false)
                        .add("scales", JSON.createObjectBuilder().add("x", x).add("y", y))
                        .add("plugins", JSON.createObjectBuilder().add("legend", legend).add("tooltip", tooltip)))
                .build().toString();
    }

    private static String monthLabel(int monthKey) {
        return MonthSpan.label(monthKey, Messages.locale());
    }

    public List<SelectItem> getMonthChoices() {
        if (monthChoices == null) {
            int last = JalaliDates.monthKey(figures.today());
            int first = MonthSpan.plusMonths(last, -MonthSpan.LONGEST_MONTHS + 1);
            monthChoices = IntStream.rangeClosed(0, MonthSpan.LONGEST_MONTHS - 1)
                    .map(back -> MonthSpan.plusMonths(last, -back))
                    .filter(m -> m >= first)
                    .mapToObj(m -> new SelectItem(MonthSpan.key(m), monthLabel(m)))
                    .toList();
        }
        return monthChoices;
    }

    public FiguresService.Sheet getSheet() {
        return sheet;
    }

    public String getSpanText() {
        return Messages.text("scorecard.span", monthLabel(sheet.span().from()), monthLabel(sheet.span().to()));
    }

    public String getFrom() {
        return from;
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

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public LocalDate getToday() {
        return figures.today();
    }
}
