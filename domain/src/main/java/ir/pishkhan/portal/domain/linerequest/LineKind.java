package ir.pishkhan.portal.domain.linerequest;

/**
 * What an office asks the telecom company (or another agency of the ICT ministry) for: the lines and infrastructure
 * of resolutions 1, 2, 9 and 13 of the 14th meeting.
 */
public enum LineKind {
    /** A fixed telephone line (خط تلفن ثابت): res. 1. */
    FIXED_LINE,
    /** A data line, i.e. bandwidth (خط دیتا / پهنای باند): res. 1, 2. */
    DATA_LINE,
    /** Internet access: res. 2, 13. */
    INTERNET,
    /** Intranet (the government network): res. 13. */
    INTRANET,
    /** The module needed to offer mobile communication services (ماژول ارتباطات سیار): res. 9. */
    MOBILE_MODULE;


    /** A telephone or data line: what resolution 1 obliged the telecom company to give every office by its date. */
    public boolean isLine() {
        return this == FIXED_LINE || this == DATA_LINE;
    }
}
