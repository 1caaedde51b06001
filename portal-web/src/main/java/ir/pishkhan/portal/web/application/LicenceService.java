package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.Licence;
import ir.pishkhan.portal.domain.office.LicenceAction;
import ir.pishkhan.portal.domain.office.LicenceEntry;
import ir.pishkhan.portal.domain.office.LicenceRepository;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeRepository;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.workflow.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Licences (res. 17, 14): everyone signed in reads an office's licence and its history; a change is one command
 * through the kernel's runner ({@link Commands}): the office exists (else 404), the page's version, then the
 * licence's table and rules — the regulator's liaison converts, the secretariat makes the other changes (any other
 * role or agency: 403) — with its timeline entry and the office's status, in one transaction. An office's first change
 * stores its licence.
 */
@Stateless
public class LicenceService {

    @Inject
    private LicenceRepository licences;

    @Inject
    private OfficeRepository offices;

    @Inject
    private MeetingRepository meetings;

    @Inject
    private Commands commands;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** An office's licence as the user reads it: its history, and the changes the user may make now. */
    public record LicenceView(Office office, Licence licence, List<LicenceEntry> timeline, Set<LicenceAction> actions)
            implements Serializable {
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.OFFICE, Roles.GUILD, Roles.LIAISON, Roles.ADMIN})
    public LicenceView view(long officeId) {
        UserAccount user = caller.account();
        // the office first: the licence's (lazy) office is then this one, read for the page
        Office office = offices.byId(officeId).orElseThrow(BusinessException.NotFound::new);
        Licence l = licence(officeId).orElseThrow(BusinessException.NotFound::new);
        Set<LicenceAction> actions = EnumSet.noneOf(LicenceAction.class);
        for (LicenceAction a : LicenceAction.available(user.getRole(), l.getStatus())) {
            if (a != LicenceAction.CONVERT || isRegulator(user)) {
                actions.add(a);
            }
        }
        return new LicenceView(office, l, l.timeline(EnumSet.allOf(Visibility.class)), actions);
    }

    /**
     * A change, by the version of the user's page, with the day it took effect, the resolution behind it
     * ({@code meeting}/{@code number}, both or neither) and/or the order, and a note.
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.LIAISON})
    public Licence change(long officeId, long version, LicenceAction action, LocalDate effective, Integer meeting,
                          Integer number, String order, String note) {
        UserAccount user = caller.account();
        List<Resolution> basis = meeting == null && number == null ? List.of()
                : List.of(meetings.resolution(meeting == null ? 0 : meeting, number == null ? 0 : number)
                .orElseThrow(() -> new BusinessException.InvalidInput("licence.resolution.unknown",
                        meeting == null ? "" : meeting, number == null ? "" : number)));
        Optional<Licence> found = licence(officeId);
        boolean first = found.isPresent() && !found.get().isRecorded();
        AgencyKind kind = user.getRole() == Role.AGENCY_LIAISON && user.getAgency() != null
                ? user.getAgency().getKind() : null;
        return commands.act(found, l -> true, version, l -> {
            l.change(action, Caller.actor(user), kind, effective, basis, order, note, clock.instant());
            if (first) {
                licences.store(l);
            }
        });
    }

    /** The stored licence of an office, or the one its status says when no change is stored; none without the office. */
    private Optional<Licence> licence(long officeId) {
        Optional<Licence> stored = licences.byOffice(officeId);
        return stored.isPresent() ? stored : offices.byId(officeId).map(Licence::asFound);
    }

    private static boolean isRegulator(UserAccount user) {
        return user.getRole() == Role.AGENCY_LIAISON && user.getAgency() != null
                && user.getAgency().getKind() == AgencyKind.REGULATOR;
    }
}
