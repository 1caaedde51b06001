package ir.pishkhan.portal.domain.calendar;

import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * A list of holidays brought in as CSV, one a line: the Jalali date, the Persian name and, optionally, the English
 * name ({@code 1404/04/15, عاشورای حسینی, Ashura}). Persian or ASCII digits; a comma, Persian comma, semicolon or tab
 * between fields; blank lines and lines starting with {@code #} are skipped. A file with one bad line brings in
 * nothing: every bad line is told by its number ({@link Rejected}), so that the administrator corrects the file and
 * brings it in again, rather than wondering which half went in.
 * <p>
 * A day that is already a holiday is not added twice: a lunar proposal on it is confirmed (the list is the
 * government's word), any other holiday left as it is.
 */
public final class HolidayImport {

    /** At most this many lines: a holiday list is some thirty lines a year. */
    public static final int MAX_LINES = 2000;

    private static final Pattern SEPARATOR = Pattern.compile("[,،;\t]");

    /** One good line. */
    public record Entry(int line, LocalDate day, String nameFa, String nameEn) {
    }

    /** What was wrong with one line: a message key of the bundles, with the line's number as its first argument. */
    public record LineError(int line, String messageKey, String text) {
    }

    /** The file is refused, with each bad line. */
    public static class Rejected extends BusinessException.InvalidInput {
        private static final long serialVersionUID = 1L;

        private final List<LineError> errors;

        public Rejected(List<LineError> errors) {
            super("calendar.import.rejected", errors.size());
            this.errors = List.copyOf(errors);
        }

        public List<LineError> errors() {
            return errors;
        }
    }

    /** What an import did. */
    public record Outcome(int added, int confirmed, int unchanged) {
    }

    private final List<Entry> entries;

    private HolidayImport(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * Reads the file's text.
     *
     * @throws Rejected when a line is not a date and a name, names a day that does not exist, or the file is empty
     */
    public static HolidayImport read(String text) {
        List<Entry> entries = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        String[] lines = (text == null ? "" : text.replace("\uFEFF", "")).split("\r\n|\r|\n", -1);
        if (lines.length > MAX_LINES) {
            throw new BusinessException.InvalidInput("calendar.import.tooLong", MAX_LINES);
        }
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = fields(line);
            if (fields.length < 2 || unquote(fields[1]).isEmpty()) {
                errors.add(new LineError(number, "calendar.import.badLine", line));
                continue;
            }
            LocalDate day;
            try {
                day = JalaliDates.parse(unquote(fields[0])).orElse(null);
            } catch (IllegalArgumentException e) {
                errors.add(new LineError(number, "calendar.import.badDate", unquote(fields[0])));
                continue;
            }
            if (day == null) {
                errors.add(new LineError(number, "calendar.import.badLine", line));
                continue;
            }
            String nameFa = unquote(fields[1]);
            String nameEn = fields.length > 2 ? unquote(fields[2]) : null;
            if (nameFa.length() > Holiday.NAME_MAX || nameEn != null && nameEn.length() > Holiday.NAME_MAX) {
                errors.add(new LineError(number, "calendar.import.nameTooLong", nameFa));
                continue;
            }
            entries.add(new Entry(number, day, nameFa, nameEn));
        }
        if (!errors.isEmpty()) {
            throw new Rejected(errors);
        }
        if (entries.isEmpty()) {
            throw new BusinessException.InvalidInput("calendar.import.empty");
        }
        return new HolidayImport(List.copyOf(entries));
    }

    /** At most three fields; a separator inside double quotes belongs to the field (a name with a comma). */
    private static String[] fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            }
            if (!quoted && out.size() < 2 && SEPARATOR.matcher(String.valueOf(ch)).matches()) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out.toArray(String[]::new);
    }

    private static String unquote(String field) {
        String f = field.strip();
        if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
            f = f.substring(1, f.length() - 1).replace("\"\"", "\"").strip();
        }
        return f;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The Jalali years the list names, in order. */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        entries.forEach(e -> years.add(JalaliDates.fields(e.day())[0]));
        return List.copyOf(years);
    }

    /** Puts the list into the years it names, each as {@code year} gives it (loaded, or built in). */
    public Outcome applyTo(IntFunction<HolidayYear> year, Map<Integer, HolidayYear> touched) {
        int added = 0;
        int confirmed = 0;
        int unchanged = 0;
        for (Entry e : entries) {
            HolidayYear y = touched.computeIfAbsent(JalaliDates.fields(e.day())[0], year::apply);
            var existing = y.on(e.day());
            if (existing.isEmpty()) {
                y.add(e.day(), e.nameFa(), e.nameEn());
                added++;
            } else if (existing.get().getOrigin() == HolidayOrigin.PROPOSED) {
                existing.get().confirm();
                confirmed++;
            } else {
                unchanged++;
            }
        }
        return new Outcome(added, confirmed, unchanged);
    }
}
