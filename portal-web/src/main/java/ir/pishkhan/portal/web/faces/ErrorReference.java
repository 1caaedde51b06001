package ir.pishkhan.portal.web.faces;

import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A short reference number that ties what a user saw to the details in the log. */
public final class ErrorReference {

    private static final Logger LOG = Logger.getLogger(ErrorReference.class.getName());
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    public static String next() {
        char[] ref = new char[8];
        for (int i = 0; i < ref.length; i++) {
            ref[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(ref);
    }

    /** Logs the failure under a new reference and returns it. */
    public static String log(Throwable failure, String where) {
        String ref = next();
        LOG.log(Level.SEVERE, "Error reference " + ref + " " + where, failure);
        return ref;
    }

    public static boolean isReference(String s) {
        return s != null && s.matches("[A-Z2-9]{8}");
    }
}
