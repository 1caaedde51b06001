package ir.pishkhan.portal.domain.delegation;

/**
 * How a service (or a bank's contracts) reaches the active offices of one county, by {@link CountyCoverage#selectivity}.
 * {@link #PARTIAL} and {@link #URBAN_ONLY} are the selective delegation that resolution 19 forbids.
 */
public enum Selectivity {
    /** Not given to any of the county's offices. */
    NONE,
    /** Given to some of the county's active offices but not all. */
    PARTIAL,
    /** Given to every urban office of the county and to none of its rural ones, though the service is for both. */
    URBAN_ONLY,
    /** Given to every active office of the county it is meant for. */
    ALL;

    /** Resolution 19: a hand-picked few instead of every office. */
    public boolean isSelective() {
        return this == PARTIAL || this == URBAN_ONLY;
    }
}
