package ir.pishkhan.portal.web.view.admin;

import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.web.application.EscalationPass;
import ir.pishkhan.portal.web.faces.Formats;
import ir.pishkhan.portal.web.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * admin/escalation.xhtml: the administrator runs the escalation ladder's pass now, as of now — after the portal was down
 * at 06:15, or a holiday list was corrected — rather than waiting for tomorrow's; what it did is told. A pass run twice
 * takes each rung once.
 */
@Named
@RequestScoped
public class EscalationBacking {

    @Inject
    private EscalationPass pass;

    @Inject
    private Formats fmt;

    public void run() {
        EscalationPass.Result r = pass.now();
        Messages.info("escalation.run.done", fmt.num(r.recordsRead()), fmt.num(r.taken().getOrDefault(Rung.REMINDER, 0)),
                fmt.num(r.taken().getOrDefault(Rung.LETTER, 0)), fmt.num(r.taken().getOrDefault(Rung.FOR_MEETING, 0)));
    }
}
