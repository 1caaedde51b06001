package ir.pishkhan.portal.web.api;

import ir.pishkhan.portal.domain.shared.BusinessException;

/** A request the API refuses before any rule is asked (a body too large, not JSON, a field of the wrong kind). */
public class ApiException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ApiException(int status, String code, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.status = status;
        this.code = code;
    }

    public static ApiException badRequest(String messageKey, Object... arguments) {
        return new ApiException(400, "bad_request", messageKey, arguments);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
