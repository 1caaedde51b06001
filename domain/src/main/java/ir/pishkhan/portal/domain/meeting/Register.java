package ir.pishkhan.portal.domain.meeting;

import java.util.Optional;

/** What a draft's resolutions may cite: the published register, and each resolution's standing in it today. */
public interface Register {

    /** A resolution of a published meeting, by the meeting's number and its own. */
    Optional<Resolution> published(int meetingNumber, int resolutionNumber);

    /** Where a published resolution stands today. */
    Standing standing(Resolution resolution);
}
