package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintAction;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.escalation.Referral;
import ir.pishkhan.portal.domain.escalation.ReferralRepository;
import ir.pishkhan.portal.domain.escalation.Referrals.Behind;
import ir.pishkhan.portal.domain.escalation.Referrals.Kind;
import ir.pishkhan.portal.domain.escalation.Referrals.Subject;
import ir.pishkhan.portal.domain.escalation.Referrals.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaReferralRepository implements ReferralRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaReferralRepository() {
    }

    public JpaReferralRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Tally> tallies(Instant since, long atLeast, int max) {
        // the agencies' and the officials' counts: one GROUP BY each, both limited, most upheld first
        List<Object[]> agencies = em.createQuery("SELECT c.agency.id, COUNT(c), MAX(c.id) FROM Complaint c"
                        + " WHERE c.status = :upheld AND c.filedAt >= :since GROUP BY c.agency.id HAVING COUNT(c) >= :n"
                        + " ORDER BY COUNT(c) DESC, c.agency.id", Object[].class)
                .setParameter("upheld", ComplaintStatus.RESOLVED).setParameter("since", since)
                .setParameter("n", atLeast).setMaxResults(max).getResultList();
        List<Object[]> officials = em.createQuery("SELECT c.agency.id, COUNT(c), MAX(c.id), c.officialKey FROM Complaint c"
                        + " WHERE c.status = :upheld AND c.filedAt >= :since AND c.officialKey IS NOT NULL"
                        + " GROUP BY c.agency.id, c.officialKey HAVING COUNT(c) >= :n"
                        + " ORDER BY COUNT(c) DESC, c.agency.id, c.officialKey", Object[].class)
                .setParameter("upheld", ComplaintStatus.RESOLVED).setParameter("since", since)
                .setParameter("n", atLeast).setMaxResults(max).getResultList();
        List<Object[]> rows = new ArrayList<>(agencies);
        rows.addAll(officials);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Agency> byId = em.createQuery("SELECT a FROM Agency a WHERE a.id IN :ids", Agency.class)
                .setParameter("ids", rows.stream().map(r -> (Long) r[0]).distinct().toList()).getResultList().stream()
                .collect(Collectors.toMap(Agency::getId, Function.identity()));
        List<Tally> out = new ArrayList<>();
        for (Object[] r : rows) {
            long agency = (Long) r[0];
            Subject subject = r.length > 3 ? Subject.official(agency, (String) r[3]) : Subject.agency(agency);
            out.add(new Tally(subject, byId.get(agency), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        out.sort(Comparator.comparingLong(Tally::upheld).reversed());
        return out;
    }

    @Override
    public Map<Subject, Instant> lastDecided(Collection<Subject> subjects, Instant since) {
        Map<Subject, Instant> out = new HashMap<>();
        if (subjects.isEmpty()) {
            return out;
        }
        List<Referral> found = em.createQuery("SELECT r FROM Referral r WHERE r.decidedAt >= :since"
                        + " AND r.agencyId IN :agencies", Referral.class)
                .setParameter("since", since)
                .setParameter("agencies", subjects.stream().map(Subject::agencyId).distinct().toList()).getResultList();
        for (Referral r : found) {
            if (subjects.contains(r.getSubject())) {
                out.merge(r.getSubject(), r.getDecidedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return out;
    }

    @Override
    public Optional<Referral> decision(Subject subject, long newestUpheldId) {
        return em.createQuery("SELECT r FROM Referral r WHERE r.subject = :k AND r.agencyId = :a"
                        + " AND r.officialKey = :o AND r.newestUpheldId = :n", Referral.class)
                .setParameter("k", subject.kind()).setParameter("a", subject.agencyId())
                .setParameter("o", subject.officialKey()).setParameter("n", newestUpheldId)
                .getResultStream().findFirst();
    }

    @Override
    public void decide(Referral referral) {
        em.persist(referral);
        // now, not at commit: a decision another secretary or instance made first must fail before the referral
        em.flush();
    }

    @Override
    public Map<Subject, List<Behind>> upheld(Collection<Subject> subjects, Instant since, int max) {
        Map<Subject, List<Behind>> out = new HashMap<>();
        if (subjects.isEmpty() || max < 1) {
            return out;
        }
        // one statement: each subject's newest, read backwards along (agency_id, status, filed_at, id) or
        // (official_key, status, filed_at, id), at most max each (was a query a subject, whole complaints read)
        List<Subject> listed = List.copyOf(new java.util.LinkedHashSet<>(subjects));
        List<Object> parameters = new ArrayList<>(List.of(since.atOffset(ZoneOffset.UTC)));
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < listed.size(); i++) {
            Subject subject = listed.get(i);
            parameters.add(subject.agencyId());
            sql.append(i == 0 ? "" : " UNION ALL ").append("(SELECT ").append(i).append(" AS k, id, filed_at FROM complaint")
                    .append(" WHERE status = '").append(ComplaintStatus.RESOLVED.name()).append("' AND filed_at >= ?1")
                    .append(" AND agency_id = ?").append(parameters.size());
            if (subject.kind() == Kind.OFFICIAL) {
                parameters.add(subject.officialKey());
                sql.append(" AND official_key = ?").append(parameters.size());
            }
            sql.append(" ORDER BY filed_at DESC, id DESC FETCH FIRST ").append(max).append(" ROWS ONLY)");
        }
        Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            out.computeIfAbsent(listed.get(((Number) r[0]).intValue()), s -> new ArrayList<>())
                    .add(new Behind(((Number) r[1]).longValue(), instant(r[2])));
        }
        // UNION ALL keeps no order between its parts: each subject's newest first again
        Comparator<Behind> newest = Comparator.comparing(Behind::filedAt).thenComparingLong(Behind::id).reversed();
        out.values().forEach(list -> list.sort(newest));
        return out;
    }

    // a TIMESTAMP WITH TIME ZONE column of a native query, as each driver returns it
    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof Instant t) {
            return t;
        }
        throw new IllegalStateException("filed_at came back as " + (value == null ? null : value.getClass()));
    }

    @Override
    public Optional<Complaint> newestReferable(Subject subject) {
        return ofSubject("SELECT c FROM Complaint c WHERE c.status IN :s", subject)
                .setParameter("s", List.copyOf(ComplaintAction.REFER.from())).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private TypedQuery<Complaint> ofSubject(String select, Subject subject) {
        boolean official = subject.kind() == Kind.OFFICIAL;
        TypedQuery<Complaint> q = em.createQuery(select + " AND c.agency.id = :a"
                + (official ? " AND c.officialKey = :o" : "") + " ORDER BY c.filedAt DESC, c.id DESC", Complaint.class)
                .setParameter("a", subject.agencyId());
        return official ? q.setParameter("o", subject.officialKey()) : q;
    }
}
