package ir.pishkhan.portal.persistence;


import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.linerequest.LineKind;
import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.domain.linerequest.LineRequestFilter;
import ir.pishkhan.portal.domain.linerequest.LineRequestRepository;
import ir.pishkhan.portal.domain.linerequest.LineRequestStatus;
import ir.pishkhan.portal.domain.linerequest.LineStanding;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Line requests. The lists are paged by key in SQL of their own (the same on H2 and PostgreSQL), as the complaints
 * are: the ids of one page are found with an index seek on (sort key, id), then those rows are read with their
 * office and provider. Counting stops at a cap. The follow-up report's figures are aggregated in the database.
 */
@ApplicationScoped
public class JpaLineRequestRepository implements LineRequestRepository {

    // Which statuses count as what is the domain's rule (LineRequestStatus); here they only become SQL.
    private static final Set<LineRequestStatus> INSTALLED = LineRequestStatus.where(LineRequestStatus::isInstalled);
    private static final Set<LineRequestStatus> REFUSED = LineRequestStatus.where(LineRequestStatus::isRefused);
    private static final Set<LineRequestStatus> REFUSED_AS_NOT_NEEDED =
            LineRequestStatus.where(LineRequestStatus::isRefusedAsNotNeeded);
    private static final Set<LineRequestStatus> WITH_PROVIDER = LineRequestStatus.where(LineRequestStatus::isWithProvider);
    private static final Set<LineRequestStatus> AWAITING_PROVIDER =
            LineRequestStatus.where(LineRequestStatus::isAwaitingProvider);
    private static final Set<LineRequestStatus> AWAITING_LINE = LineRequestStatus.where(LineRequestStatus::isAwaitingLine);
    private static final Set<LineRequestStatus> ASKED_FOR = LineRequestStatus.where(LineRequestStatus::isAskedFor);

    /**
     * The day (in Tehran) of an instant column, and of a date column, as numbers yyyymmdd: the one way found to
     * compare them that reads the same on H2 and PostgreSQL. (On H2, CAST(x AT TIME ZONE z AS DATE) takes the day
     * in the session's zone, not in z; EXTRACT reads the fields in z on both.)
     */
    private static String tehranDay(String instantColumn) {
        String zoned = instantColumn + " AT TIME ZONE '" + JalaliDates.ZONE.getId() + "'";
        return "(EXTRACT(YEAR FROM " + zoned + ") * 10000 + EXTRACT(MONTH FROM " + zoned + ") * 100 + EXTRACT(DAY FROM "
                + zoned + "))";
    }

    private static String day(String dateColumn) {
        return "(EXTRACT(YEAR FROM " + dateColumn + ") * 10000 + EXTRACT(MONTH FROM " + dateColumn + ") * 100"
                + " + EXTRACT(DAY FROM " + dateColumn + "))";
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaLineRequestRepository() {
    }

    public JpaLineRequestRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<LineRequest> byId(long id) {
        return Optional.ofNullable(em.find(LineRequest.class, id));
    }

    @Override
    public Optional<LineRequest> bySubmissionKey(long officeId, String submissionKey) {
        return em.createQuery("SELECT r FROM LineRequest r WHERE r.office.id = :o AND r.submissionKey = :k",
                        LineRequest.class)
                .setParameter("o", officeId).setParameter("k", submissionKey).getResultStream().findFirst();
    }

    @Override
    public void store(LineRequest request) {
        if (request.getId() == null) {
            em.persist(request);
        }
    }

    @Override
    public long countUpTo(LineRequestFilter filter, long cap) {
        return KeysetQuery.countUpTo(em, "line_request", "r", where(filter), cap);
    }

    @Override
    public Keyset.Page<LineRequest> page(LineRequestFilter filter, Keyset.Request request) {
        return KeysetQuery.page(em, "line_request", "r", where(filter), request, this::load, JpaLineRequestRepository::cursor);
    }

    private List<LineRequest> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, LineRequest> byId = em.createQuery(
                        "SELECT r FROM LineRequest r JOIN FETCH r.office JOIN FETCH r.provider WHERE r.id IN :ids",
                        LineRequest.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(LineRequest::getId, r -> r));
        List<LineRequest> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            LineRequest r = byId.get(id);
            if (r != null) {
                ordered.add(r);
            }
        }
        return ordered;
    }

    private static Keyset.Cursor cursor(ListOrder sort, LineRequest r) {
        String key = sort == ListOrder.FILED_NEWEST ? r.getFiledAt().toString()
                : (r.getDeadline() == null ? LineRequest.NO_DEADLINE : r.getDeadline()).toString();
        return new Keyset.Cursor(key, r.getId());
    }


    private static NativeWhere where(LineRequestFilter f) {
        NativeWhere sql = new NativeWhere();
        if (!f.statuses().isEmpty()) {
            sql.in("r.status", names(f.statuses()));
        }
        if (f.agencyId() != null) {
            sql.condition("r.agency_id = ?", f.agencyId());
        }
        if (f.officeId() != null) {
            sql.condition("r.office_id = ?", f.officeId());
        }
        if (f.kind() != null) {
            sql.condition("r.kind = ?", f.kind().name());
        }
        if (f.sentOnly()) {
            sql.condition("r.sent_at IS NOT NULL");
        }
        if (f.overdueOnly()) {
            sql.condition("r.due_sort < ?", f.today());
            sql.in("r.status", names(WITH_PROVIDER));
        }
        sql.search("r", LineRequest.trackingNumber(f.text()), f.text());
        return sql;
    }

    // --- the follow-up report (resolution 10) ---

    @Override
    public List<ProviderFigures> providerFigures(LocalDate sentFrom, LocalDate sentTo, LocalDate today) {
        if (today == null) {
            throw new IllegalArgumentException("today is required");
        }
        String installed = "r.status IN (" + literals(INSTALLED) + ")";
        String withProvider = "r.status IN (" + literals(WITH_PROVIDER) + ")";
        NativeWhere sql = new NativeWhere();
        // the first parameter is in the select list: today, for the overdue
        sql.parameter(today);
        sql.condition("r.sent_at IS NOT NULL");
        if (sentFrom != null) {
            sql.condition("r.sent_at >= ?", NativeWhere.startOf(sentFrom));
        }
        if (sentTo != null) {
            sql.condition("r.sent_at < ?", NativeWhere.startOf(sentTo.plusDays(1)));
        }
        Query q = em.createNativeQuery("SELECT r.agency_id, COUNT(*),"
                + " SUM(CASE WHEN " + installed + " AND " + tehranDay("r.installed_at") + " <= " + day("r.due_sort")
                + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + installed + " AND " + tehranDay("r.installed_at") + " > " + day("r.due_sort")
                + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.status IN (" + literals(AWAITING_PROVIDER) + ") THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + withProvider + " AND r.due_sort < ?1 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.status IN (" + literals(REFUSED) + ") THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.status IN (" + literals(REFUSED_AS_NOT_NEEDED) + ") THEN 1 ELSE 0 END)"
                + " FROM line_request r" + sql.where(1) + " GROUP BY r.agency_id ORDER BY r.agency_id");
        sql.bind(q);
        List<ProviderFigures> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] c = (Object[]) row;
            out.add(new ProviderFigures(number(c[0]), number(c[1]), number(c[2]), number(c[3]), number(c[4]),
                    number(c[5]), number(c[6]), number(c[7])));
        }
        return out;
    }

    @Override
    public Page<Waiting> waiting(Long officeId, LocalDate today, PageRequest page) {
        if (today == null) {
            throw new IllegalArgumentException("today is required");
        }
        NativeWhere sql = new NativeWhere();
        sql.parameter(today);
        sql.condition("r.status IN (" + literals(WITH_PROVIDER) + ")");
        if (officeId != null) {
            sql.condition("r.office_id = ?", officeId);
        }
        String groups = " FROM line_request r" + sql.where(1) + " GROUP BY r.office_id, r.agency_id, r.kind";
        Query q = em.createNativeQuery("SELECT r.office_id, r.agency_id, r.kind, COUNT(*), SUM(r.quantity),"
                + " SUM(CASE WHEN r.due_sort < ?1 THEN 1 ELSE 0 END), MIN(r.due_sort)" + groups
                + " ORDER BY r.office_id, r.agency_id, r.kind" + limit(page));
        sql.bind(q);
        List<Waiting> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] c = (Object[]) row;
            LocalDate earliest = date(c[6]);
            out.add(new Waiting(number(c[0]), number(c[1]), LineKind.valueOf((String) c[2]), number(c[3]),
                    number(c[4]), number(c[5]), LineRequest.NO_DEADLINE.equals(earliest) ? null : earliest));
        }
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT r.office_id" + groups + ") g");
        sql.bind(count);
        return new Page<>(out, number(count.getSingleResult()));
    }

    // --- resolution 1 as of its deadline ---

    /**
     * Every office with its {@link LineStanding} for telephone (f) and data lines (d), as ordinals, and the overall one
     * (s), as a derived table: the rule of {@link LineStanding#of} and {@link LineStanding#overall} on each office's
     * requests that count as asked for ({@link LineRequestStatus#isAskedFor}), counted in one pass over the requests of the two kinds. Its one parameter,
     * ?1, is the first instant after the deadline's day in Tehran ({@link #afterDeadline}): installed before it is on
     * time.
     */
    private static String offices() {
        String installed = "r.status IN (" + literals(INSTALLED) + ")";
        String open = "r.status IN (" + literals(AWAITING_LINE) + ")";
        StringBuilder counts = new StringBuilder();
        StringBuilder standings = new StringBuilder();
        for (LineKind kind : List.of(LineKind.FIXED_LINE, LineKind.DATA_LINE)) {
            String k = kind == LineKind.FIXED_LINE ? "f" : "d";
            String of = "r.kind = '" + kind.name() + "'";
            counts.append(", SUM(CASE WHEN ").append(of).append(" AND ").append(installed)
                    .append(" AND r.installed_at < ?1 THEN 1 ELSE 0 END) AS ").append(k).append("_on")
                    .append(", SUM(CASE WHEN ").append(of).append(" AND ").append(installed).append(" THEN 1 ELSE 0 END) AS ")
                    .append(k).append("_in")
                    .append(", SUM(CASE WHEN ").append(of).append(" AND ").append(open).append(" THEN 1 ELSE 0 END) AS ")
                    .append(k).append("_open")
                    .append(", SUM(CASE WHEN ").append(of).append(" THEN 1 ELSE 0 END) AS ").append(k).append("_n");
            standings.append(", CASE WHEN a.").append(k).append("_on > 0 THEN ").append(LineStanding.ON_TIME.ordinal())
                    .append(" WHEN a.").append(k).append("_in > 0 THEN ").append(LineStanding.LATE.ordinal())
                    .append(" WHEN a.").append(k).append("_open > 0 THEN ").append(LineStanding.WAITING.ordinal())
                    .append(" WHEN a.").append(k).append("_n > 0 THEN ").append(LineStanding.NOT_PROVIDED.ordinal())
                    .append(" ELSE ").append(LineStanding.NOT_REQUESTED.ordinal()).append(" END AS ").append(k);
        }
        return "(SELECT x.id, x.licence_number, x.f, x.d, CASE WHEN x.f > x.d THEN x.f ELSE x.d END AS s FROM"
                + " (SELECT o.id, o.licence_number" + standings + " FROM office o LEFT JOIN"
                + " (SELECT r.office_id" + counts + " FROM line_request r"
                + " WHERE r.kind IN ('" + LineKind.FIXED_LINE.name() + "', '" + LineKind.DATA_LINE.name() + "')"
                + " AND r.status IN (" + literals(ASKED_FOR) + ") GROUP BY r.office_id) a"
                + " ON a.office_id = o.id) x) t";
    }

    /** The first instant after the deadline's day, in Tehran. */
    private static java.time.OffsetDateTime afterDeadline(LocalDate deadline) {
        if (deadline == null) {
            throw new IllegalArgumentException("deadline is required");
        }
        return NativeWhere.startOf(deadline.plusDays(1));
    }

    @Override
    public Page<OfficeLines> resolution1(LocalDate deadline, Set<LineStanding> overall, PageRequest page) {
        String where = overall == null || overall.isEmpty() ? "" : " WHERE t.s IN (" + overall.stream()
                .map(s -> Integer.toString(s.ordinal())).sorted().collect(Collectors.joining(", ")) + ")";
        List<?> rows = em.createNativeQuery("SELECT t.id, t.f, t.d FROM " + offices() + where
                        + " ORDER BY t.licence_number, t.id" + limit(page))
                .setParameter(1, afterDeadline(deadline)).getResultList();
        LineStanding[] standings = LineStanding.values();
        List<OfficeLines> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            out.add(new OfficeLines(number(c[0]), standings[(int) number(c[1])], standings[(int) number(c[2])]));
        }
        long total = number(em.createNativeQuery("SELECT COUNT(*) FROM " + offices() + where)
                .setParameter(1, afterDeadline(deadline)).getSingleResult());
        return new Page<>(out, total);
    }

    @Override
    public Map<LineStanding, Long> resolution1Summary(LocalDate deadline) {
        Map<LineStanding, Long> out = new EnumMap<>(LineStanding.class);
        for (LineStanding s : LineStanding.values()) {
            out.put(s, 0L);
        }
        LineStanding[] standings = LineStanding.values();
        for (Object row : em.createNativeQuery("SELECT t.s, COUNT(*) FROM " + offices() + " GROUP BY t.s")
                .setParameter(1, afterDeadline(deadline)).getResultList()) {
            Object[] c = (Object[]) row;
            out.put(standings[(int) number(c[0])], number(c[1]));
        }
        return out;
    }


    /** One page, in SQL that H2 and PostgreSQL both read (numbers only, never user input). */
    private static String limit(PageRequest page) {
        return " LIMIT " + page.size() + " OFFSET " + page.offset();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("Not a date: " + value.getClass());
    }

    /** Status names as SQL literals: enum constants only, never user input. */
    private static String literals(Set<LineRequestStatus> statuses) {
        if (statuses.isEmpty()) {
            throw new IllegalStateException("No status: IN () is not SQL"); // a rule of the enum that no status meets
        }
        return statuses.stream().map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(", "));
    }

    private static List<String> names(Set<LineRequestStatus> statuses) {
        return statuses.stream().map(Enum::name).sorted().toList();
    }


    @Override
    public List<LineRequest> pastDeadline(LineRequestStatus status, LocalDate today, LocalDate afterDeadline, long afterId, int max) {
        return PastDeadline.batch(em, LineRequest.class, status, today, afterDeadline, afterId, max);
    }
}
