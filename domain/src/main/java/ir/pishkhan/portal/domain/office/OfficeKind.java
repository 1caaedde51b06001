package ir.pishkhan.portal.domain.office;

/** Urban (شهری) or rural (روستایی) counter office. */
public enum OfficeKind {
    URBAN, RURAL
}
