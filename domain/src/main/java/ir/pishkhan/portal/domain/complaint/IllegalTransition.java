package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.shared.BusinessException;

/** An action that the complaint's current state does not allow. */
public class IllegalTransition extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final ComplaintAction action;
    private final ComplaintStatus status;

    public IllegalTransition(ComplaintAction action, ComplaintStatus status) {
        super("complaint.transition.illegal", action, status);
        this.action = action;
        this.status = status;
    }

    public ComplaintAction getAction() {
        return action;
    }

    public ComplaintStatus getStatus() {
        return status;
    }
}
