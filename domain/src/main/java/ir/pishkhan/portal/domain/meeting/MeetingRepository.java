package ir.pishkhan.portal.domain.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The working group's meetings, their resolutions, and the parties those name. */
public interface MeetingRepository {

    /** All meetings, newest first (a few dozen at most over the years). */
    List<Meeting> meetings();

    Optional<Meeting> meeting(int number);

    Optional<Meeting> byId(long id);

    /** The resolutions of a meeting in order, with their parties and citations. */
    List<Resolution> resolutionsOf(int meetingNumber);

    /** The resolutions of a meeting in order, as their ids and numbers only: a filter's menu, one light statement. */
    List<ResolutionNumber> numbersOf(int meetingNumber);

    /**
     * The resolutions of every published meeting, in the order of meeting and number, with their meeting and kinds
     * (what their standing needs), not their parties or citations.
     */
    default List<Resolution> publishedResolutions() {
        return meetings().stream().filter(Meeting::isPublished).sorted(java.util.Comparator.comparingInt(Meeting::getNumber))
                .flatMap(m -> resolutionsOf(m.getNumber()).stream()).toList();
    }

    /**
     * The resolutions of every meeting, drafts too: the newest meeting first, each meeting's in order of number; with
     * their meeting and kinds, not their parties or citations.
     */
    default List<Resolution> resolutionsOfEveryMeeting() {
        return meetings().stream().sorted(java.util.Comparator.comparingInt(Meeting::getNumber).reversed())
                .flatMap(m -> resolutionsOf(m.getNumber()).stream()).toList();
    }

    Optional<Resolution> resolution(int meetingNumber, int resolutionNumber);

    /** A resolution of a published meeting: what a draft may cite. */
    Optional<Resolution> publishedResolution(int meetingNumber, int resolutionNumber);

    /**
     * What later resolutions of published meetings did to each of these resolutions (by id), for their standing and
     * history; a resolution nothing acted on is absent.
     */
    Map<Long, List<Standing.Act>> actsOn(Collection<Long> resolutionIds);

    Optional<Party> party(String code);

    /** Every party, by code, for the forms that choose them. */
    List<Party> parties();

    void store(Meeting meeting);

    void store(Party party);
}
