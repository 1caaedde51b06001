package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.meeting.MeetingStatus;
import ir.pishkhan.portal.domain.meeting.Party;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.meeting.ResolutionEffect;
import ir.pishkhan.portal.domain.meeting.ResolutionNumber;
import ir.pishkhan.portal.domain.meeting.Standing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaMeetingRepository implements MeetingRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaMeetingRepository() {
    }

    public JpaMeetingRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Meeting> meetings() {
        return em.createQuery("SELECT m FROM Meeting m ORDER BY m.number DESC", Meeting.class).getResultList();
    }

    @Override
    public Optional<Meeting> meeting(int number) {
        return em.createQuery("SELECT m FROM Meeting m WHERE m.number = :n", Meeting.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public Optional<Meeting> byId(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id));
    }

    @Override
    public List<Resolution> resolutionsOf(int meetingNumber) {
        return em.createQuery("SELECT r FROM Resolution r JOIN FETCH r.meeting m WHERE m.number = :n ORDER BY r.number",
                        Resolution.class)
                .setParameter("n", meetingNumber)
                .setHint("eclipselink.batch", "r.obligated")
                .setHint("eclipselink.batch", "r.cites")
                .setHint("eclipselink.batch", "r.reportsTo")
                .getResultList();
    }

    @Override
    public List<ResolutionNumber> numbersOf(int meetingNumber) {
        return em.createQuery("SELECT NEW ir.pishkhan.portal.domain.meeting.ResolutionNumber(r.id, r.number)"
                        + " FROM Resolution r WHERE r.meeting.number = :n ORDER BY r.number", ResolutionNumber.class)
                .setParameter("n", meetingNumber)
                .getResultList();
    }

    /** One query for the resolutions and their meetings, one for their kinds (not one per meeting and resolution). */
    @Override
    public List<Resolution> publishedResolutions() {
        return em.createQuery("SELECT r FROM Resolution r JOIN FETCH r.meeting m WHERE m.status = :published"
                        + " ORDER BY m.number, r.number", Resolution.class)
                .setParameter("published", MeetingStatus.PUBLISHED)
                .setHint("eclipselink.batch", "r.kinds")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    /** One query for the resolutions and their meetings, one for their kinds (not one per meeting). */
    @Override
    public List<Resolution> resolutionsOfEveryMeeting() {
        return em.createQuery("SELECT r FROM Resolution r JOIN FETCH r.meeting m ORDER BY m.number DESC, r.number",
                Resolution.class).getResultList();
    }

    @Override
    public Optional<Resolution> resolution(int meetingNumber, int resolutionNumber) {
        return em.createQuery("SELECT r FROM Resolution r JOIN FETCH r.meeting m WHERE m.number = :m AND r.number = :n",
                        Resolution.class)
                .setParameter("m", meetingNumber)
                .setParameter("n", resolutionNumber)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Resolution> publishedResolution(int meetingNumber, int resolutionNumber) {
        return em.createQuery("SELECT r FROM Resolution r JOIN FETCH r.meeting m WHERE m.number = :m AND r.number = :n"
                                + " AND m.status = :published", Resolution.class)
                .setParameter("m", meetingNumber)
                .setParameter("n", resolutionNumber)
                .setParameter("published", MeetingStatus.PUBLISHED)
                .getResultStream().findFirst();
    }

    @Override
    public Map<Long, List<Standing.Act>> actsOn(Collection<Long> resolutionIds) {
        Map<Long, List<Standing.Act>> out = new LinkedHashMap<>();
        if (resolutionIds.isEmpty()) {
            return out;
        }
        List<ResolutionEffect> effects = em.createQuery("SELECT e FROM ResolutionEffect e JOIN FETCH e.resolution r"
                        + " JOIN FETCH r.meeting m WHERE e.target.id IN :ids AND m.status = :published"
                        + " ORDER BY m.number, r.number", ResolutionEffect.class)
                .setParameter("ids", resolutionIds)
                .setParameter("published", MeetingStatus.PUBLISHED)
                .getResultList();
        for (ResolutionEffect e : effects) {
            out.computeIfAbsent(e.getTarget().getId(), k -> new ArrayList<>()).add(e.act());
        }
        return out;
    }

    @Override
    public Optional<Party> party(String code) {
        return Optional.ofNullable(em.find(Party.class, code));
    }

    @Override
    public List<Party> parties() {
        return em.createQuery("SELECT p FROM Party p ORDER BY p.type, p.code", Party.class).getResultList();
    }

    @Override
    public void store(Meeting meeting) {
        if (meeting.getId() == null) {
            em.persist(meeting);
        }
    }

    @Override
    public void store(Party party) {
        if (em.find(Party.class, party.getCode()) == null) {
            em.persist(party);
        }
    }
}
