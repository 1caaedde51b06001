package ir.pishkhan.portal.domain.workflow;

import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.PersianText;

/**
 * The rules every workflow applies to what people type: stripped of surrounding blanks, never cut — too long is
 * refused with the limit, so that nothing typed is silently lost.
 */
public final class Texts {

    private Texts() {
    }

    /** A text that must say something: between {@code min} and {@code max} characters once stripped. */
    public static String required(String value, int min, int max, String messageKey) {
        String v = value == null ? "" : value.strip();
        if (v.length() < min || v.length() > max) {
            throw new BusinessException.InvalidInput(messageKey, min, max);
        }
        return v;
    }

    /** A text that may be left out (null then), at most {@code max} characters once stripped. */
    public static String optional(String value, int max, String messageKey) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw new BusinessException.InvalidInput(messageKey, max);
        }
        return v.isEmpty() ? null : v;
    }

    /** The key a record is searched by: folded text, at most {@code max} characters (a search key may be cut). */
    public static String searchKey(String text, int max) {
        String key = PersianText.normalize(text);
        return key.length() > max ? key.substring(0, max) : key;
    }
}
