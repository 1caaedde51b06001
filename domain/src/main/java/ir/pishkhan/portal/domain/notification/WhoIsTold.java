package ir.pishkhan.portal.domain.notification;

import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintAccess;
import ir.pishkhan.portal.domain.complaint.ComplaintAction;
import ir.pishkhan.portal.domain.dispute.Dispute;
import ir.pishkhan.portal.domain.dispute.DisputeAccess;
import ir.pishkhan.portal.domain.dispute.DisputeAction;
import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.domain.linerequest.LineRequestAccess;
import ir.pishkhan.portal.domain.linerequest.LineRequestAction;
import ir.pishkhan.portal.domain.obligation.Obligation;
import ir.pishkhan.portal.domain.obligation.ObligationAccess;
import ir.pishkhan.portal.domain.obligation.ObligationAction;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.workflow.Workflow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who is told of a step: first the table (each action of each workflow: the audiences it concerns and the kind of
 * news it is), then each member of those audiences only if the workflow's own access rule lets them see the record
 * and the entry's visibility lets their role read it — so an internal note tells no office and a liaison hears of a
 * complaint only once it is forwarded to the agency — and never the one who took the step.
 * <p>
 * The table follows issue 10: filed → secretariat; forwarded → the agency's liaisons; information requested → the
 * office; answered, provided → secretariat; resolved, rejected, reopened → the office and the guild; each line-request
 * step → whichever of the office and the provider did not take it. A few steps the issue leaves out are added where
 * somebody plainly waits for them (a reply to the office, a withdrawal, a referral, the guild's notes); triage and
 * the secretariat's internal notes tell nobody. A dispute concerns several offices: "the office" is each of them.
 * Each rung of the escalation ladder (a {@link Rung} in place of an
 * action) tells the party that must act — the agency's liaisons, the provider's for a line request — and the
 * secretariat, which follows the ladder up.
 */
public final class WhoIsTold {

    /** An action's line of the table. */
    public record Rule(Set<Audience> audiences, NotificationKind kind) {
        public Rule {
            audiences = Collections.unmodifiableSet(audiences.isEmpty() ? EnumSet.noneOf(Audience.class)
                    : EnumSet.copyOf(audiences));
        }
    }

    /** The enabled accounts of a role, at an office or an agency when the role is bound to one. */
    @FunctionalInterface
    public interface Members {
        List<UserAccount> of(Role role, Long officeId, Long agencyId);
    }

    private static final Rule NOBODY = new Rule(Set.of(), NotificationKind.PROGRESS);
    private static final Rule ESCALATION = new Rule(Set.of(Audience.AGENCY, Audience.SECRETARIAT), NotificationKind.WORK);

    private static final Map<ComplaintAction, Rule> COMPLAINT = new EnumMap<>(ComplaintAction.class);
    private static final Map<LineRequestAction, Rule> LINE_REQUEST = new EnumMap<>(LineRequestAction.class);
    private static final Map<ObligationAction, Rule> OBLIGATION = new EnumMap<>(ObligationAction.class);
    private static final Map<DisputeAction, Rule> DISPUTE = new EnumMap<>(DisputeAction.class);

    static {
        complaint(ComplaintAction.FILE, NotificationKind.WORK, Audience.SECRETARIAT);
        complaint(ComplaintAction.TRIAGE, NotificationKind.PROGRESS);
        complaint(ComplaintAction.REQUEST_INFO, NotificationKind.WORK, Audience.OFFICE);
        complaint(ComplaintAction.PROVIDE_INFO, NotificationKind.WORK, Audience.SECRETARIAT);
        complaint(ComplaintAction.FORWARD, NotificationKind.WORK, Audience.AGENCY);
        complaint(ComplaintAction.ANSWER, NotificationKind.WORK, Audience.SECRETARIAT);
        complaint(ComplaintAction.REFER, NotificationKind.PROGRESS, Audience.OFFICE, Audience.GUILD);
        complaint(ComplaintAction.RESOLVE, NotificationKind.PROGRESS, Audience.OFFICE, Audience.GUILD);
        complaint(ComplaintAction.REJECT, NotificationKind.PROGRESS, Audience.OFFICE, Audience.GUILD);
        // closed as a duplicate: the office is told (the issue), and the guild, as of any rejection
        complaint(ComplaintAction.MARK_DUPLICATE, NotificationKind.PROGRESS, Audience.OFFICE, Audience.GUILD);
        complaint(ComplaintAction.REOPEN, NotificationKind.PROGRESS, Audience.OFFICE, Audience.GUILD);
        // the agency only if it had been forwarded the complaint: its access rule decides
        complaint(ComplaintAction.WITHDRAW, NotificationKind.PROGRESS, Audience.SECRETARIAT, Audience.AGENCY);
        complaint(ComplaintAction.REPLY, NotificationKind.NOTE, Audience.OFFICE);
        complaint(ComplaintAction.INTERNAL_NOTE, NotificationKind.NOTE);
        complaint(ComplaintAction.GUILD_NOTE, NotificationKind.NOTE, Audience.SECRETARIAT);
        // a rung's timeline entry tells nobody by itself: the pass tells of the rung (a Rung in place of the action)
        complaint(ComplaintAction.ESCALATE, NotificationKind.WORK);

        // the provider hears of nothing before the request is sent to it: its access rule decides
        line(LineRequestAction.FILE, NotificationKind.WORK, Audience.AGENCY);
        line(LineRequestAction.SEND, NotificationKind.WORK, Audience.AGENCY);
        line(LineRequestAction.FORWARD, NotificationKind.WORK, Audience.OFFICE, Audience.AGENCY);
        line(LineRequestAction.CANCEL, NotificationKind.PROGRESS, Audience.AGENCY);
        line(LineRequestAction.SCHEDULE, NotificationKind.PROGRESS, Audience.OFFICE);
        line(LineRequestAction.INSTALL, NotificationKind.WORK, Audience.OFFICE);
        line(LineRequestAction.REFUSE, NotificationKind.PROGRESS, Audience.OFFICE);
        line(LineRequestAction.CONFIRM, NotificationKind.PROGRESS, Audience.AGENCY);
        line(LineRequestAction.DISPUTE, NotificationKind.WORK, Audience.AGENCY);
        // follow-up notes are for the secretariat and the guild only (STAFF): each tells the other
        line(LineRequestAction.GUILD_NOTE, NotificationKind.NOTE, Audience.SECRETARIAT);
        line(LineRequestAction.SECRETARIAT_NOTE, NotificationKind.NOTE, Audience.GUILD);
        line(LineRequestAction.ESCALATE, NotificationKind.WORK);

        // obligations (issue 9): opened, returned, verified → the agency's liaisons; reported → the secretariat
        obligation(ObligationAction.OPEN_OBLIGATION, NotificationKind.WORK, Audience.AGENCY);
        obligation(ObligationAction.REPORT, NotificationKind.WORK, Audience.SECRETARIAT);
        obligation(ObligationAction.RETURN, NotificationKind.WORK, Audience.AGENCY);
        obligation(ObligationAction.VERIFY, NotificationKind.PROGRESS, Audience.AGENCY);
        obligation(ObligationAction.DECLARE_VIOLATED, NotificationKind.PROGRESS, Audience.AGENCY, Audience.GUILD);
        obligation(ObligationAction.REFER, NotificationKind.PROGRESS, Audience.AGENCY, Audience.GUILD);
        obligation(ObligationAction.GUILD_NOTE, NotificationKind.NOTE, Audience.SECRETARIAT);
        obligation(ObligationAction.SECRETARIAT_NOTE, NotificationKind.NOTE, Audience.GUILD);
        obligation(ObligationAction.ESCALATE, NotificationKind.WORK);

        // disputes (res. 15): the sides — the agency's liaisons and every named office's operators — and the guild
        // hear of its opening, the proposal and its end; each side's statement tells the other side and the
        // secretariat; the guild's follow-up only the secretariat (the sides do not read it)
        dispute(DisputeAction.OPEN_DISPUTE, NotificationKind.WORK, Audience.AGENCY, Audience.OFFICE, Audience.GUILD);
        dispute(DisputeAction.OFFICE_STATEMENT, NotificationKind.NOTE, Audience.SECRETARIAT, Audience.AGENCY);
        dispute(DisputeAction.AGENCY_STATEMENT, NotificationKind.NOTE, Audience.SECRETARIAT, Audience.OFFICE);
        dispute(DisputeAction.GUILD_NOTE, NotificationKind.NOTE, Audience.SECRETARIAT);
        dispute(DisputeAction.PROPOSE, NotificationKind.WORK, Audience.AGENCY, Audience.OFFICE, Audience.GUILD);
        dispute(DisputeAction.WITHDRAW_PROPOSAL, NotificationKind.PROGRESS, Audience.AGENCY, Audience.OFFICE, Audience.GUILD);
        dispute(DisputeAction.SETTLE, NotificationKind.PROGRESS, Audience.AGENCY, Audience.OFFICE, Audience.GUILD);
        dispute(DisputeAction.REFER, NotificationKind.PROGRESS, Audience.AGENCY, Audience.OFFICE, Audience.GUILD);
    }

    private WhoIsTold() {
    }

    private static void complaint(ComplaintAction action, NotificationKind kind, Audience... audiences) {
        COMPLAINT.put(action, new Rule(Set.of(audiences), kind));
    }

    private static void line(LineRequestAction action, NotificationKind kind, Audience... audiences) {
        LINE_REQUEST.put(action, new Rule(Set.of(audiences), kind));
    }

    private static void obligation(ObligationAction action, NotificationKind kind, Audience... audiences) {
        OBLIGATION.put(action, new Rule(Set.of(audiences), kind));
    }

    private static void dispute(DisputeAction action, NotificationKind kind, Audience... audiences) {
        DISPUTE.put(action, new Rule(Set.of(audiences), kind));
    }

    /** The table's line for an action; nobody for an action of a workflow that has no table yet. */
    public static Rule rule(Enum<?> action) {
        Rule rule = null;
        if (action instanceof ComplaintAction a) {
            rule = COMPLAINT.get(a);
        } else if (action instanceof LineRequestAction a) {
            rule = LINE_REQUEST.get(a);
        } else if (action instanceof ObligationAction a) {
            rule = OBLIGATION.get(a);
        } else if (action instanceof DisputeAction a) {
            rule = DISPUTE.get(a);
        } else if (action instanceof Rung) {
            rule = ESCALATION;
        }
        return rule == null ? NOBODY : rule;
    }

    /**
     * Whether a user may be told of a step: not their own, their account enabled, and they may see the record and read
     * an entry of this visibility, by the workflow's own access rules.
     */
    public static boolean mayBeTold(UserAccount user, Workflow<?, ?, ?> record, Visibility visibility, String actor) {
        if (user == null || !user.isEnabled() || user.getUsername().equals(actor)) {
            return false;
        }
        if (record instanceof Complaint c) {
            return ComplaintAccess.canSee(user, c) && ComplaintAccess.visibleTo(user.getRole()).contains(visibility);
        }
        if (record instanceof LineRequest r) {
            return LineRequestAccess.canSee(user, r) && LineRequestAccess.visibleTo(user.getRole()).contains(visibility);
        }
        if (record instanceof Obligation o) {
            return ObligationAccess.canSee(user, o) && ObligationAccess.visibleTo(user.getRole()).contains(visibility);
        }
        if (record instanceof Dispute d) {
            return DisputeAccess.canSee(user, d) && DisputeAccess.visibleTo(user.getRole()).contains(visibility);
        }
        return false;
    }

    /** The offices whose people a record concerns: a dispute's every side, another record's one office (or none). */
    private static List<Long> officesOf(Workflow<?, ?, ?> record) {
        if (record instanceof Dispute d) {
            return d.getOffices().stream().map(o -> o.getId()).filter(Objects::nonNull).toList();
        }
        return record.officeId() == null ? List.of() : List.of(record.officeId());
    }

    /** The people to tell of a step, each once, in the order of the audiences. */
    public static List<UserAccount> recipients(Enum<?> action, Visibility visibility, String actor,
                                               Workflow<?, ?, ?> record, Members members) {
        Map<String, UserAccount> told = new LinkedHashMap<>();
        for (Audience audience : rule(action).audiences()) {
            Long agency = audience == Audience.AGENCY ? record.agencyId() : null;
            if (audience == Audience.AGENCY && agency == null) {
                continue;
            }
            for (Long office : audience == Audience.OFFICE ? officesOf(record) : Collections.<Long>singletonList(null)) {
                for (UserAccount user : members.of(audience.role(), office, agency)) {
                    if (mayBeTold(user, record, visibility, actor)) {
                        told.putIfAbsent(user.getUsername(), user);
                    }
                }
            }
        }
        return List.copyOf(told.values());
    }
}
