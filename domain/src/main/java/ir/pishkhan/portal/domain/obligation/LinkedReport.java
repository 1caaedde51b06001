package ir.pishkhan.portal.domain.obligation;

/**
 * A behaviour of the portal that already tracks what an obligation asks for, so that its page links to it rather
 * than the liaison writing it out again.
 */
public enum LinkedReport {
    /** Resolution 1 of the 14th meeting: the telecom company's lines for every office, the resolution 1 report. */
    RESOLUTION_1_LINES
}
