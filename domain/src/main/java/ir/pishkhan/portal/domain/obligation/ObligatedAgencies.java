package ir.pishkhan.portal.domain.obligation;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.meeting.Party;
import ir.pishkhan.portal.domain.meeting.PartyType;
import ir.pishkhan.portal.domain.meeting.Resolution;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The agencies a resolution's obligated parties stand for: a single agency's party → that agency; all banks → the
 * agencies of kind BANK; the ICT ministry's agencies → TELECOM, ICT and POST; all agencies → every one; a body of the
 * working group or the offices → none (they are not agencies a liaison answers for). Each agency once, in the order
 * of {@code agencies}.
 */
final class ObligatedAgencies {

    private static final Set<AgencyKind> ICT = EnumSet.of(AgencyKind.TELECOM, AgencyKind.ICT, AgencyKind.POST);

    private ObligatedAgencies() {
    }

    // TODO merge: use meeting.Obligees (branch cycle), the one expansion of a resolution's parties; this is its stand-in
    static List<Agency> of(Resolution resolution, Collection<Agency> agencies) {
        Set<Agency> out = new LinkedHashSet<>();
        for (Agency a : agencies) {
            for (Party p : resolution.getObligated()) {
                if (binds(p, a)) {
                    out.add(a);
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean binds(Party party, Agency agency) {
        if (party.getType() == PartyType.BODY || party.getType() == PartyType.OFFICES) {
            return false;
        }
        return switch (party.getCode()) {
            case Party.ALL_AGENCIES -> true;
            case Party.ALL_BANKS -> agency.getKind() == AgencyKind.BANK;
            case Party.ICT_AGENCIES -> ICT.contains(agency.getKind());
            default -> agency.getParty().map(party::equals).orElse(false);
        };
    }
}
