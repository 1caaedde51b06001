package ir.pishkhan.portal.persistence;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.figures.Tally;
import jakarta.persistence.EntityManager;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.descriptors.DescriptorEventManager;
import org.eclipse.persistence.sessions.changesets.CollectionChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.Session;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The compliance figures' two tallies (V18): per agency and Jalali month of filing, complaints per status and
 * forwarded or not ({@code complaint_tally}), and answered complaints per days to the answer ({@code answer_tally}).
 * <p>
 * Kept by EclipseLink's write events on {@link Complaint}: whenever a complaint is inserted or updated, whatever wrote
 * it, its {@link Complaint#recount()} is added as rows (-1 where it stood, +1 where it stands) in the same transaction
 * — so the figures are never ahead of or behind a committed step, and a rolled-back step counts nothing. Only rows are
 * added, never updated, so that two steps at once do not wait for each other on a hot row; {@link #fold} sums the
 * rows of each key into one now and then. The figures read sums (JpaFiguresRepository).
 * <p>
 * Registered on the persistence unit by its session customizer ({@link PortalSession}), so that the container and the
 * persistence tests count alike.
 */
public class ComplaintTallies implements SessionCustomizer {

    private static final Table STATUS = new Table("complaint_tally", "agency_id", "filed_month", "status", "forwarded");
    private static final Table ANSWER = new Table("answer_tally", "agency_id", "filed_month", "answer_days");
    private static final Table OPEN = new Table("open_tally", "agency_id", "due_sort");
    private static final Table RESOLUTION = new Table("resolution_tally", "resolution_id", "filed_month");

    @Override
    public void customize(Session session) {
        session.getDescriptor(Complaint.class).getEventManager().addListener(new DescriptorEventAdapter() {
            @Override
            public void postInsert(DescriptorEvent event) {
                count(event);
            }

            @Override
            public void postUpdate(DescriptorEvent event) {
                count(event);
            }
        });
    }

    private static void count(DescriptorEvent event) {
        Complaint complaint = (Complaint) event.getObject();
        Tally.Change change = complaint.recount();
        change.statusCounts().forEach(c -> STATUS.add(event.getSession(), c));
        change.answerCounts().forEach(c -> ANSWER.add(event.getSession(), c));
        change.openCounts().forEach(c -> OPEN.add(event.getSession(), c));
        // the resolutions it is linked to: all of them when it is stored first, else what the write added and removed
        int month = change.after().month();
        if (event.getEventCode() == DescriptorEventManager.PostInsertEvent) {
            complaint.getResolutions().forEach(r -> RESOLUTION.add(event.getSession(),
                    new Tally.Count(List.of(r.getId(), month), +1)));
        } else if (event.getChangeSet() != null
                && event.getChangeSet().getChangesForAttributeNamed("resolutions") instanceof CollectionChangeRecord links) {
            for (Object added : links.getAddObjectList().keySet()) {
                RESOLUTION.add(event.getSession(), new Tally.Count(List.of(((ObjectChangeSet) added).getId(), month), +1));
            }
            for (Object removed : links.getRemoveObjectList().keySet()) {
                RESOLUTION.add(event.getSession(), new Tally.Count(List.of(((ObjectChangeSet) removed).getId(), month), -1));
            }
        }
    }

    /**
     * Counts every stored complaint afresh into both tallies (what was in them is dropped): after a bulk load that
     * bypassed the write events (the data generator's COPY), or once for the complaints stored before V18.
     */
    @SuppressFBWarnings(value = "SQL_INJECTION_JDBC", justification = "the SQL is built only of this class's constant table names and the domain's status constants, no input")
    public static void recount(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (Table t : List.of(STATUS, ANSWER, OPEN, RESOLUTION)) {
                s.executeUpdate("DELETE FROM " + t.name());
            }
            s.executeUpdate("INSERT INTO complaint_tally (agency_id, filed_month, status, forwarded, n)"
                    + " SELECT agency_id, filed_month, status, forwarded_at IS NOT NULL, COUNT(*) FROM complaint"
                    + " GROUP BY agency_id, filed_month, status, forwarded_at IS NOT NULL");
            s.executeUpdate("INSERT INTO answer_tally (agency_id, filed_month, answer_days, n)"
                    + " SELECT agency_id, filed_month, answer_days, COUNT(*) FROM complaint"
                    + " WHERE answer_days IS NOT NULL GROUP BY agency_id, filed_month, answer_days");
            s.executeUpdate("INSERT INTO open_tally (agency_id, due_sort, n) SELECT agency_id, due_sort, COUNT(*)"
                    + " FROM complaint WHERE status IN (" + OPEN_STATUSES + ") GROUP BY agency_id, due_sort");
            s.executeUpdate("INSERT INTO resolution_tally (resolution_id, filed_month, n)"
                    + " SELECT l.resolution_id, c.filed_month, COUNT(*) FROM complaint_resolution l"
                    + " JOIN complaint c ON c.id = l.complaint_id GROUP BY l.resolution_id, c.filed_month");
        }
    }

    /**
     * Sums the rows of each key into one, at most {@code max} rows of each tally in this call (at least 2), in the
     * caller's transaction, key by key — so that a call with rows left to fold always folds some; a key whose rows sum to 0 keeps no row. Rows a step is still writing are not seen, and stay. Of two
     * instances folding the same rows at once the second finds them gone and throws, rolling its fold back.
     *
     * @return how many rows were folded away
     */
    public static int fold(EntityManager em, int max) {
        return STATUS.fold(em, max) + ANSWER.fold(em, max) + OPEN.fold(em, max) + RESOLUTION.fold(em, max);
    }

    // the domain's open statuses, as SQL literals
    private static final String OPEN_STATUSES = Arrays.stream(ComplaintStatus.values())
            .filter(ComplaintStatus::isOpen).map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    /** One tally: its table and the columns of its key; each row a key and a count {@code n}. */
    private record Table(String name, List<String> key) {

        Table(String name, String... key) {
            this(name, List.of(key));
        }

        private String columns() {
            return String.join(", ", key);
        }

        void add(Session session, Tally.Count count) {
            List<Object> values = new ArrayList<>(count.key().size());
            for (Object v : count.key()) {
                values.add(v instanceof Enum<?> e ? e.name() : v instanceof LocalDate d ? Date.valueOf(d) : v);
            }
            add(session, values, count.n());
        }

        private void add(Session session, List<Object> values, int n) {
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(name).append(" (").append(columns())
                    .append(", n) VALUES (");
            DataModifyQuery insert = new DataModifyQuery();
            List<Object> arguments = new ArrayList<>(values);
            arguments.add((long) n);
            for (int i = 0; i < arguments.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("#a").append(i);
                insert.addArgument("a" + i);
            }
            insert.setCall(new SQLCall(sql.append(')').toString()));
            session.executeQuery(insert, arguments);
        }

        int fold(EntityManager em, int max) {
            if (max < 2) {
                throw new IllegalArgumentException("a fold of fewer than 2 rows folds nothing: " + max);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, " + columns() + ", n FROM " + name
                    + " WHERE (" + columns() + ") IN (SELECT " + columns() + " FROM " + name + " GROUP BY " + columns()
                    + " HAVING COUNT(*) > 1) ORDER BY " + columns() + ", id").setMaxResults(max).getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            Map<List<Object>, Long> sums = new LinkedHashMap<>();
            for (Object[] row : rows) {
                List<Object> k = new ArrayList<>(key.size());
                for (int i = 1; i <= key.size(); i++) {
                    k.add(row[i] instanceof Number number && !(row[i] instanceof Long) ? number.longValue() : row[i]);
                }
                sums.merge(k, ((Number) row[key.size() + 1]).longValue(), Long::sum);
            }
            String ids = rows.stream().map(r -> String.valueOf(((Number) r[0]).longValue())).collect(Collectors.joining(","));
            int gone = em.createNativeQuery("DELETE FROM " + name + " WHERE id IN (" + ids + ")").executeUpdate();
            if (gone != rows.size()) {
                throw new IllegalStateException(name + ": another fold took " + (rows.size() - gone) + " of the rows");
            }
            String placeholders = key.stream().map(c -> "?").collect(Collectors.joining(", "));
            for (Map.Entry<List<Object>, Long> sum : sums.entrySet()) {
                if (sum.getValue() == 0) {
                    continue;
                }
                var insert = em.createNativeQuery("INSERT INTO " + name + " (" + columns() + ", n) VALUES ("
                        + placeholders + ", ?)");
                int p = 1;
                for (Object v : sum.getKey()) {
                    insert.setParameter(p++, v);
                }
                insert.setParameter(p, sum.getValue()).executeUpdate();
            }
            return rows.size() - (int) sums.values().stream().filter(v -> v != 0).count();
        }
    }
}
