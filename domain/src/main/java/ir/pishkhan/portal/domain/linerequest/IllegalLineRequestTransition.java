package ir.pishkhan.portal.domain.linerequest;

import ir.pishkhan.portal.domain.shared.BusinessException;

/** An action that the line request's current state does not allow. */
public class IllegalLineRequestTransition extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final LineRequestAction action;
    private final LineRequestStatus status;

    public IllegalLineRequestTransition(LineRequestAction action, LineRequestStatus status) {
        super("lineRequest.transition.illegal", action, status);
        this.action = action;
        this.status = status;
    }

    public LineRequestAction getAction() {
        return action;
    }

    public LineRequestStatus getStatus() {
        return status;
    }
}
