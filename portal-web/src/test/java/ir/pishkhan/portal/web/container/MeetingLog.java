package ir.pishkhan.portal.web.container;

import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.web.application.MeetingPublished;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test only: hears {@link MeetingPublished} as the obligations part will — a plain observer, inside the publishing
 * transaction — and notes what it saw there: the transaction, and the meeting already published in it. An observer
 * that fails (for a meeting the test names) rolls the publication back.
 */
@ApplicationScoped
public class MeetingLog {

    /** What the observer saw when it heard a publication. */
    public record Heard(MeetingPublished event, Object transaction, boolean publishedInIt) {
    }

    private final List<Heard> heard = new CopyOnWriteArrayList<>();
    private volatile int failFor = -1;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    void published(@Observes MeetingPublished event) {
        Meeting m = em.find(Meeting.class, event.meetingId());
        heard.add(new Heard(event, transactions.getTransactionKey(), m != null && m.isPublished()));
        if (event.meetingNumber() == failFor) {
            throw new IllegalStateException("the obligations could not be written");
        }
    }

    public void failFor(int meetingNumber) {
        failFor = meetingNumber;
    }

    public List<Heard> of(int meetingNumber) {
        return heard.stream().filter(h -> h.event().meetingNumber() == meetingNumber).toList();
    }
}
