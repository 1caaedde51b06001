package ir.pishkhan.portal.domain.meeting;

/** Where a meeting stands: drafted by the secretariat, or published (its resolutions in force, its text fixed). */
public enum MeetingStatus {
    DRAFT, PUBLISHED
}
