package ir.pishkhan.portal.domain.workflow;

import ir.pishkhan.portal.domain.shared.BusinessException;

/**
 * An action that the record's current state does not allow, in any workflow. Its message key is the workflow's own
 * ({@code complaint.transition.illegal}, {@code lineRequest.transition.illegal}): the sentence names the kind of record.
 */
public class IllegalTransition extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Enum<?> action;
    private final Enum<?> status;

    public IllegalTransition(String workflow, Enum<?> action, Enum<?> status) {
        super(workflow + ".transition.illegal", action, status);
        this.action = action;
        this.status = status;
    }

    public Enum<?> getAction() {
        return action;
    }

    public Enum<?> getStatus() {
        return status;
    }
}
