package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.meeting.AgendaProposals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the portal proposes for a meeting's agenda, by MicroProfile Config: {@code portal.agenda.overdueDays} (an
 * obligation overdue by more than so many days, default 30) and {@code portal.agenda.upheldComplaints} (an agency with
 * at least so many upheld complaints in the last twelve months, default 3).
 */
@ApplicationScoped
public class AgendaSettings {

    /** How many records of each kind a meeting's page proposes at most (the oldest first). */
    public static final int PER_KIND = 50;

    @Inject
    @ConfigProperty(name = "portal.agenda.overdueDays", defaultValue = "30")
    int overdueDays;

    @Inject
    @ConfigProperty(name = "portal.agenda.upheldComplaints", defaultValue = "3")
    int upheldComplaints;

    public AgendaProposals rules() {
        return new AgendaProposals(overdueDays, upheldComplaints);
    }
}
