package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.shared.PersianText;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static ir.pishkhan.portal.domain.shared.JalaliDates.ZONE;

/**
 * What the secretariat weighs at triage (issue 10, "repeats and duplicates"): how often the agency, and the official
 * the office named, were found at fault — complaints resolved in the office's favour — in the last twelve months
 * (resolutions 4 and 12 send officials who keep breaking the resolutions to the violations board); and which other
 * complaints this one likely repeats: against the same agency, of the same kind, filed within a few days, with similar
 * text.
 */
public final class Repeats {

    /** How far back upheld complaints are counted. */
    public static final Period LOOK_BACK = Period.ofMonths(12);
    /** Filed this many days before or after: a candidate duplicate. */
    public static final int DUPLICATE_DAYS = 3;
    /** Trigram similarity at or above which two texts are likely the same complaint (pg_trgm's default too). */
    public static final double SIMILAR = 0.3;

    private Repeats() {
    }

    /** The first instant counted: twelve months before {@code now}, in Tehran. */
    public static Instant since(Instant now) {
        return ZonedDateTime.ofInstant(now, ZONE).minus(LOOK_BACK).toInstant();
    }

    /** The span of filing times in which a duplicate of a complaint filed at {@code filedAt} is looked for. */
    public static Instant[] around(Instant filedAt) {
        Duration days = Duration.ofDays(DUPLICATE_DAYS);
        return new Instant[] {filedAt.minus(days), filedAt.plus(days)};
    }

    /** A complaint that this one likely repeats, and how alike their texts are (0..1). */
    public record Likely(Complaint complaint, double similarity) {
    }

    /**
     * Of the candidates (the repository's complaints of the same agency and kind filed around it), those this one
     * likely repeats, most alike first: not itself, not closed as a duplicate already, and similar enough.
     */
    public static List<Likely> likelyDuplicates(Complaint c, Collection<Complaint> candidates) {
        return candidates.stream()
                .filter(o -> o != c && (o.getId() == null || !o.getId().equals(c.getId())) && o.getDuplicateOf() == null)
                .filter(o -> o.getKind() == c.getKind())
                .map(o -> new Likely(o, similarity(text(c), text(o))))
                .filter(l -> l.similarity() >= SIMILAR)
                .sorted(Comparator.comparingDouble(Likely::similarity).reversed())
                .toList();
    }

    private static String text(Complaint c) {
        return c.getDescription() + " " + (c.getOfficialName() == null ? "" : c.getOfficialName());
    }

    /**
     * How alike two texts are, by trigrams as PostgreSQL's pg_trgm measures it, on both databases: the texts folded
     * ({@link PersianText#normalize}: Arabic and Persian letter forms, digits), and their spaces, ZWNJs and punctuation
     * dropped — Persian writes «ضمانت‌نامه», «ضمانت نامه» and «ضمانتنامه» for one word — then cut into three-letter
     * pieces, and the shared pieces counted against all of them.
     */
    public static double similarity(String a, String b) {
        Set<String> x = trigrams(a);
        Set<String> y = trigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return (double) shared.size() / (x.size() + y.size() - shared.size());
    }

    private static Set<String> trigrams(String text) {
        Set<String> out = new HashSet<>();
        String letters = PersianText.normalize(text == null ? "" : text).replaceAll("[^\\p{L}\\p{N}]+", "");
        if (letters.isEmpty()) {
            return out;
        }
        String padded = "  " + letters + " ";
        for (int i = 0; i + 3 <= padded.length(); i++) {
            out.add(padded.substring(i, i + 3));
        }
        return out;
    }
}
