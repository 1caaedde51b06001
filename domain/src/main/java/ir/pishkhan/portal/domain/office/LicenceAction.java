package ir.pishkhan.portal.domain.office;

import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.WorkflowAction;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static ir.pishkhan.portal.domain.office.LicenceStatus.ACTIVE;
import static ir.pishkhan.portal.domain.office.LicenceStatus.ASSIGNED;
import static ir.pishkhan.portal.domain.office.LicenceStatus.CONVERSION_ORDERED;
import static ir.pishkhan.portal.domain.office.LicenceStatus.CONVERTED;
import static ir.pishkhan.portal.domain.office.LicenceStatus.SUSPENDED;

/**
 * Every change of an office's licence: which role makes it, and from which states. A change from any other state
 * skips one and is refused. {@link Licence} adds what a table cannot say: only the regulator's liaison converts, only a
 * rural office is assigned by the working group.
 *
 * <pre>
 * ACTIVE ─assign (rural, res. 14)→ ASSIGNED
 * ACTIVE, ASSIGNED ─order conversion (res. 17)→ CONVERSION_ORDERED ─convert (the regulator's liaison)→ CONVERTED
 * ACTIVE, ASSIGNED, CONVERTED ─suspend→ SUSPENDED ─reinstate→ ACTIVE
 * every state but REVOKED ─revoke→ REVOKED (final)
 * </pre>
 */
public enum LicenceAction implements WorkflowAction<LicenceStatus> {
    /** The secretariat records the licence as the province's records have it, with the resolutions behind it. */
    RECORD(Role.SECRETARIAT, EnumSet.noneOf(LicenceStatus.class)),
    ASSIGN(Role.SECRETARIAT, EnumSet.of(ACTIVE)),
    ORDER_CONVERSION(Role.SECRETARIAT, EnumSet.of(ACTIVE, ASSIGNED)),
    CONVERT(Role.AGENCY_LIAISON, EnumSet.of(CONVERSION_ORDERED)),
    SUSPEND(Role.SECRETARIAT, EnumSet.of(ACTIVE, ASSIGNED, CONVERTED)),
    REINSTATE(Role.SECRETARIAT, EnumSet.of(SUSPENDED)),
    REVOKE(Role.SECRETARIAT, EnumSet.of(ACTIVE, SUSPENDED, CONVERSION_ORDERED, CONVERTED, ASSIGNED));

    private final Role role;
    private final Set<LicenceStatus> from;

    LicenceAction(Role role, Set<LicenceStatus> from) {
        this.role = role;
        this.from = Collections.unmodifiableSet(from);
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public Set<LicenceStatus> from() {
        return from;
    }

    /** The state each change leads to (RECORD: the state recorded). */
    public LicenceStatus to() {
        return switch (this) {
            case RECORD -> null;
            case ASSIGN -> ASSIGNED;
            case ORDER_CONVERSION -> CONVERSION_ORDERED;
            case CONVERT -> CONVERTED;
            case SUSPEND -> SUSPENDED;
            case REINSTATE -> ACTIVE;
            case REVOKE -> LicenceStatus.REVOKED;
        };
    }

    /** The changes a role may make to a licence in this state (what the screens offer). */
    public static Set<LicenceAction> available(Role role, LicenceStatus status) {
        return WorkflowAction.available(LicenceAction.class, role, status);
    }
}
