package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.PersianText;

/**
 * Numbers a person types in a form (Persian, Arabic-Indic or Latin digits): read here, so that a form needs no
 * converter that knows only Latin digits; what is not a number is refused with the form's own message.
 */
public final class TypedNumbers {

    private TypedNumbers() {
    }

    /** A meeting's or resolution's number: none when left empty; else up to four digits, or {@code messageKey}. */
    public static Integer wholeOrNone(String typed, String messageKey) {
        String digits = typed == null ? "" : PersianText.toAsciiDigits(typed).strip();
        if (digits.isEmpty()) {
            return null;
        }
        if (!digits.matches("\\d{1,4}")) {
            throw new BusinessException.InvalidInput(messageKey);
        }
        return Integer.parseInt(digits);
    }

    /** The same, required. */
    public static int whole(String typed, String messageKey) {
        Integer n = wholeOrNone(typed, messageKey);
        if (n == null) {
            throw new BusinessException.InvalidInput(messageKey);
        }
        return n;
    }

    /** An amount, with or without thousands separators (, ٬ ،) and a sign; else {@code messageKey}. */
    public static long amount(String typed, String messageKey) {
        String digits = typed == null ? "" : PersianText.toAsciiDigits(typed).replaceAll("[\\s,\u066C\u060C]", "");
        if (!digits.matches("-?\\d{1,15}")) {
            throw new BusinessException.InvalidInput(messageKey);
        }
        return Long.parseLong(digits);
    }
}
