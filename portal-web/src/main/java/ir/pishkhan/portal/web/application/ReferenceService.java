package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeFilter;
import ir.pishkhan.portal.domain.office.OfficeRepository;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading the working group's reference data: meetings, resolutions, agencies, offices. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceService {

    @Inject
    private MeetingRepository meetings;

    @Inject
    private AgencyRepository agencies;

    @Inject
    private OfficeRepository offices;

    /** The published meetings, newest first: a draft is the secretariat's, read through {@link MeetingService}. */
    public List<Meeting> meetings() {
        return meetings.meetings().stream().filter(Meeting::isPublished).toList();
    }

    public Meeting meeting(int number) {
        return meetings.meeting(number).filter(Meeting::isPublished).orElseThrow(BusinessException.NotFound::new);
    }

    @Transactional
    public List<Resolution> resolutionsOf(int meetingNumber) {
        meeting(meetingNumber);
        List<Resolution> list = meetings.resolutionsOf(meetingNumber);
        list.forEach(ReferenceService::loadRelations);
        return list;
    }

    @Transactional
    public Resolution resolution(int meetingNumber, int resolutionNumber) {
        Resolution r = meetings.resolution(meetingNumber, resolutionNumber).filter(x -> x.getMeeting().isPublished())
                .orElseThrow(BusinessException.NotFound::new);
        loadRelations(r);
        return r;
    }

    /** Loads what a detached resolution shows, while the persistence context is open. */
    static void loadRelations(Resolution r) {
        r.getObligated().size();
        r.getReportsTo().size();
        r.getKinds();
        r.getCites().forEach(c -> c.getMeeting().getNumber());
        r.getMeeting().getHeldOn();
    }

    public Page<Agency> agencies(String text, AgencyKind kind, PageRequest page) {
        return agencies.search(text, kind, page);
    }

    public List<Agency> agencyChoices() {
        return agencies.choices();
    }

    public Agency agency(long id) {
        return agencies.byId(id).orElseThrow(BusinessException.NotFound::new);
    }

    public Page<Office> offices(OfficeFilter filter, PageRequest page) {
        return offices.search(filter, page);
    }

    public List<Office> suggestOffices(String text) {
        return offices.suggest(text, 20);
    }

    public List<String> counties() {
        return offices.counties();
    }

    public Office office(long id) {
        return offices.byId(id).orElseThrow(BusinessException.NotFound::new);
    }

    /** The names of the offices a list names (a timeline's entries), by id, each office read once. */
    public Map<Long, String> officeNames(Collection<Long> ids, Locale locale) {
        Map<Long, String> names = new HashMap<>();
        for (Long id : ids) {
            if (id != null) {
                names.computeIfAbsent(id, known -> office(known).name(locale));
            }
        }
        return names;
    }
}
