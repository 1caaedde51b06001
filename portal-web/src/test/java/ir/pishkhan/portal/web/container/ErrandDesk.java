package ir.pishkhan.portal.web.container;

import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.Errand;
import ir.pishkhan.portal.web.application.Commands;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Optional;

/**
 * Test only: an application service of the kernel's test workflow ({@link Errand}, kept in memory), whose steps go
 * through the one command runner in a transaction of their own, as every service's do.
 */
@Stateless
@PermitAll
public class ErrandDesk {

    static final Actor OFFICE = new Actor("office.hera", Role.OFFICE_OPERATOR);
    static final Actor SECRETARY = new Actor("dabir", Role.SECRETARIAT);

    @Inject
    private Commands commands;

    @Inject
    private Clock clock;

    public Errand ask(long id, String what) {
        return commands.published(Errand.ask(id, OFFICE, what, clock.instant()));
    }

    public Errand finish(Errand errand, long version, String done) {
        return commands.act(Optional.of(errand), e -> true, version, e -> e.finish(SECRETARY, done, clock.instant()));
    }

    /** The step is taken and its entry written, then the transaction fails: it rolls back. */
    public Errand finishThenFail(Errand errand, long version, String done) {
        finish(errand, version, done);
        throw new IllegalStateException("the transaction fails after the step");
    }

    public Errand finishHidden(Errand errand, long version, String done) {
        return commands.act(Optional.of(errand), e -> false, version, e -> e.finish(SECRETARY, done, clock.instant()));
    }
}
