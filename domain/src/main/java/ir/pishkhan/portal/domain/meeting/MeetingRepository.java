package ir.pishkhan.portal.domain.meeting;

import java.util.List;
import java.util.Optional;

/** The working group's meetings, their resolutions, and the parties those name. */
public interface MeetingRepository {

    /** All meetings, newest first (a few dozen at most over the years). */
    List<Meeting> meetings();

    Optional<Meeting> meeting(int number);

    /** The resolutions of a meeting in order, with their parties and citations. */
    List<Resolution> resolutionsOf(int meetingNumber);

    Optional<Resolution> resolution(int meetingNumber, int resolutionNumber);

    Optional<Party> party(String code);

    void store(Meeting meeting);

    void store(Party party);
}
