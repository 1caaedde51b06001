package ir.pishkhan.portal.domain.meeting;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The agencies a resolution's obligated parties stand for, once a meeting is published:
 * <ul>
 * <li>a single agency's party (telecom, Post Bank, …) → the agency that is that party;</li>
 * <li>{@code all-agencies} («کلیه دستگاههای اجرایی») → every agency;</li>
 * <li>{@code all-banks} («کلیه بانکهای استان») → every agency of kind {@link AgencyKind#BANK};</li>
 * <li>{@code ict-agencies} («دستگاههای وزارت ارتباطات و فناوری اطلاعات در استان», the ICT ministry's agencies in
 * the province) → the kinds {@link #ICT_MINISTRY}: the telecom companies, the ICT bodies, the post, and the
 * communications regulator, which the ministry also holds (as {@link Agency#isBoundBy} has always read it);</li>
 * <li>a body of the working group (the working group, its secretariat, the violations board, the guild) or the
 * offices → no agency: they are not agencies the portal tracks.</li>
 * </ul>
 * A pure function of the parties and the agencies given: the same agency named twice (by name and by its group) is
 * one obligee.
 */
public final class Obligees {

    /** The kinds of agency the ICT ministry's group covers. */
    public static final Set<AgencyKind> ICT_MINISTRY = EnumSet.of(AgencyKind.TELECOM, AgencyKind.ICT, AgencyKind.POST,
            AgencyKind.REGULATOR);

    private Obligees() {
    }

    /** The agencies among {@code agencies} that the parties oblige, in the order of {@code agencies}. */
    public static List<Agency> of(Collection<Party> parties, Collection<Agency> agencies) {
        Set<Agency> out = new LinkedHashSet<>();
        for (Agency a : agencies) {
            for (Party p : parties) {
                if (covers(p, a)) {
                    out.add(a);
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /** The agencies a resolution obliges. */
    public static List<Agency> of(Resolution resolution, Collection<Agency> agencies) {
        return of(resolution.getObligated(), agencies);
    }

    /** Whether a party stands for an agency: the agency itself, or a group it belongs to. */
    public static boolean covers(Party party, Agency agency) {
        if (party.getType() == PartyType.BODY || party.getType() == PartyType.OFFICES) {
            return false;
        }
        if (agency.getParty().map(party::equals).orElse(false)) {
            return true;
        }
        return switch (party.getCode()) {
            case Party.ALL_AGENCIES -> true;
            case Party.ALL_BANKS -> agency.getKind() == AgencyKind.BANK;
            case Party.ICT_AGENCIES -> ICT_MINISTRY.contains(agency.getKind());
            default -> false;
        };
    }
}
