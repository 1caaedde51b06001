package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.calendar.BusinessCalendar;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.obligation.Obligation;
import ir.pishkhan.portal.domain.obligation.ObligationFilter;
import ir.pishkhan.portal.domain.obligation.ObligationRepository;
import ir.pishkhan.portal.domain.workflow.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Opens the obligations a meeting's resolutions create: for each resolution of kind obligation or report, one per
 * agency its obligated parties stand for, with its deadline on the working calendar. On a meeting's publication
 * ({@link MeetingPublished}, heard inside the publishing transaction, so that the obligations commit or roll back
 * with it) each is told to the agency's liaisons as any first step is (through {@link Commands}). The 14th meeting's,
 * loaded with the reference data, are opened by the seed without telling anybody. A resolution whose obligations are
 * there already is left alone: opening twice opens nothing more.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ObligationOpening {

    @Inject
    private MeetingRepository meetings;

    @Inject
    private AgencyRepository agencies;

    @Inject
    private ObligationRepository obligations;

    @Inject
    private CalendarService calendars;

    @Inject
    private Commands commands;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** A meeting was published: its obligations are opened in its transaction, and their first steps told. */
    public void published(@Observes MeetingPublished event) {
        Meeting meeting = em.find(Meeting.class, event.meetingId());
        if (meeting == null) {
            throw new IllegalStateException("Published meeting " + event.meetingId() + " is missing");
        }
        List<Obligation> opened = open(meeting, event.by(), event.at());
        em.flush();
        opened.forEach(commands::published);
    }

    private static ObligationFilter ofResolution(Resolution r) {
        return new ObligationFilter(Set.of(), null, r.getId(), false, null, null, false);
    }

    /** Opens the meeting's obligations not yet open, as {@code by}, at {@code at}; stored, not told. */
    public List<Obligation> open(Meeting meeting, Actor by, Instant at) {
        List<Agency> all = agencies.choices();
        BusinessCalendar calendar = calendars.calendar();
        List<Obligation> out = new ArrayList<>();
        for (Resolution r : meetings.resolutionsOf(meeting.getNumber())) {
            if (!Obligation.createdBy(r) || obligations.countUpTo(ofResolution(r), 1) > 0) {
                // a resolution's obligations are opened all at once, in one transaction: some there, all there
                continue;
            }
            for (Obligation o : Obligation.openAll(r, all, calendar, by, at)) {
                obligations.store(o);
                out.add(o);
            }
        }
        return out;
    }
}
