package ir.pishkhan.portal.domain.shared;

import java.util.Arrays;

/**
 * A rule of the portal refused what a user asked. It carries a message key of the resource bundles (Persian and
 * English) and its arguments, so that the one central handler can tell the user in the user's language.
 * <p>
 * Thrown from a container's service, it reaches the caller as itself (not wrapped) and rolls the transaction back,
 * subclasses too: the WAR declares it an application exception in {@code WEB-INF/ejb-jar.xml}, so that the domain
 * needs no EJB type.
 */
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    /** The input does not satisfy a rule: the user can correct it. */
    public static class InvalidInput extends BusinessException {
        private static final long serialVersionUID = 1L;

        public InvalidInput(String messageKey, Object... arguments) {
            super(messageKey, arguments);
        }
    }

    /** What was asked for does not exist, or is not the user's to see (the two are told apart to no one). */
    public static class NotFound extends BusinessException {
        private static final long serialVersionUID = 1L;

        public NotFound() {
            super("error.notFound");
        }
    }

    /** The user may not do this. */
    public static class AccessDenied extends BusinessException {
        private static final long serialVersionUID = 1L;

        public AccessDenied() {
            super("error.accessDenied");
        }
    }

    /** Somebody else changed the record since the user's form was loaded. */
    public static class ConcurrentChange extends BusinessException {
        private static final long serialVersionUID = 1L;

        public ConcurrentChange() {
            super("error.concurrentChange");
        }
    }

    /** A value that must be unique is taken already. */
    public static class Duplicate extends BusinessException {
        private static final long serialVersionUID = 1L;

        public Duplicate(String messageKey, Object... arguments) {
            super(messageKey, arguments);
        }
    }
}
