package ir.pishkhan.portal.persistence.migration;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.workflow.StepRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the facts that entries written before V4 kept at the head of their text into the entry's detail, in the
 * form the domain's typed records read, leaving in the text only what a person typed. The old forms are matched
 * here, once, and only on entries of the action that wrote them: a note that merely looks like one is left alone.
 */
public class V5__LegacyStepText extends BaseJavaMigration {

    private static final Pattern TRIAGE = Pattern.compile("resolutions=([\\d/,]*) priority=([A-Z]+) deadline=(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern REFERRAL = Pattern.compile("(?s)(.+) — (\\d+/\\d+)(?:\\n(.*))?");
    private static final Pattern SCHEDULE = Pattern.compile("(?s)scheduledFor=(\\d{4}-\\d{2}-\\d{2})(?:\\n(.*))?");
    private static final Pattern REASON = Pattern.compile("(?s)reason=([A-Z_]+)(?:\\n(.*))?");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        convert(c, "complaint_event", "TRIAGE", TRIAGE, m -> facts("resolutions", m.group(1), "priority", m.group(2),
                "deadline", m.group(3)), m -> null);
        convert(c, "complaint_event", "REFER", REFERRAL, m -> facts("official", m.group(1), "resolution", m.group(2)),
                m -> m.group(3));
        convert(c, "line_request_event", "SCHEDULE", SCHEDULE, m -> facts("date", m.group(1)), m -> m.group(2));
        convert(c, "line_request_event", "DISPUTE", REASON, m -> facts("reason", m.group(1)), m -> m.group(2));
        convert(c, "line_request_event", "REFUSE", REASON, m -> facts("reason", m.group(1)), m -> m.group(2));
    }

    private interface Part {
        Object of(Matcher m);
    }

    private static StepRecord facts(String... namesAndValues) {
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            f.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return () -> f;
    }

    @SuppressFBWarnings(value = "SQL_INJECTION_JDBC", justification = "the table name is one of the constants migrate() passes; the values are bound parameters")
    private static void convert(Connection c, String table, String action, Pattern legacy, Part detail, Part text)
            throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, text FROM " + table + " WHERE action = ? AND detail IS NULL AND text IS NOT NULL");
             PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET detail = ?, text = ? WHERE id = ?")) {
            select.setString(1, action);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Matcher m = legacy.matcher(rows.getString(2));
                    if (!m.matches()) {
                        continue;
                    }
                    String rest = (String) text.of(m);
                    update.setString(1, StepRecord.encode((StepRecord) detail.of(m)));
                    update.setString(2, rest == null || rest.isBlank() ? null : rest.strip());
                    update.setLong(3, rows.getLong(1));
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }
}
