package ir.pishkhan.portal.domain.meeting;

/** What a resolution does. A resolution may be of several kinds (an obligation with a report, …). */
public enum ResolutionKind {
    OBLIGATION, PROHIBITION, SANCTION, TARIFF, DECISION, REPORT, PROCEDURE, FOLLOW_UP;

    /** "follow-up" (as in the seed) → FOLLOW_UP. */
    public static ResolutionKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
