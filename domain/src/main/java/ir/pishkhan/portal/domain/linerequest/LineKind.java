package ir.pishkhan.portal.domain.linerequest;

/**
 * What an office asks the telecom company (or another agency of the ICT ministry) for: the lines and infrastructure
 * of resolutions 1, 2, 9 and 13 of the 14th meeting.
 */
public enum LineKind {
    /** A fixed telephone line (خط تلفن ثابت): res. 1. */
    FIXED_LINE("خط تلفن ثابت"),
    /** A data line, i.e. bandwidth (خط دیتا / پهنای باند): res. 1, 2. */
    DATA_LINE("خط دیتا (پهنای باند)"),
    /** Internet access: res. 2, 13. */
    INTERNET("اینترنت"),
    /** Intranet (the government network): res. 13. */
    INTRANET("اینترانت"),
    /** The module needed to offer mobile communication services (ماژول ارتباطات سیار): res. 9. */
    MOBILE_MODULE("ماژول خدمات ارتباطات سیار");

    private final String labelFa;

    LineKind(String labelFa) {
        this.labelFa = labelFa;
    }

    /**
     * The Persian name, for the texts the domain itself writes (the description of a complaint it opens on an
     * office's behalf). Screens take their labels from the message bundles.
     */
    public String labelFa() {
        return labelFa;
    }

    /** A telephone or data line: what resolution 1 obliged the telecom company to give every office by its date. */
    public boolean isLine() {
        return this == FIXED_LINE || this == DATA_LINE;
    }
}
