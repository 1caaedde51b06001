package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.audit.AuditChain;
import ir.pishkhan.portal.domain.audit.AuditEntry;
import ir.pishkhan.portal.domain.audit.AuditFilter;
import ir.pishkhan.portal.domain.audit.AuditLog;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** The administrator reads the audit log, filtered and paged, and checks its hash chain. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditService {

    @Inject
    private AuditLog log;

    public Page<AuditEntry> search(AuditFilter filter, PageRequest page) {
        return log.search(filter, page);
    }

    public List<String> actions() {
        return log.actions();
    }

    public AuditChain.Check check() {
        return log.check();
    }
}
