package ir.pishkhan.portal.domain.shared;

import java.util.Locale;

/**
 * Persian text as people really type it: Arabic and Persian letter forms mixed (ي/ی, ك/ک, ہ/ه), zero-width
 * non-joiners dropped or added, Persian, Arabic-Indic or ASCII digits. {@link #normalize} folds all of these to
 * one form, so that search and matching do not care.
 */
public final class PersianText {

    private static final char ZWNJ = '\u200C';

    private PersianText() {
    }

    /** The form used for search keys and for comparing texts; never shown to a user. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (c == 0) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** One character folded; 0 for characters that are dropped. */
    private static char fold(char c) {
        switch (c) {
            case 'ي': case 'ى': case 'ئ': case 'ې': case 'ێ':
                return 'ی';
            case 'ك': case 'ڪ':
                return 'ک';
            case 'ہ': case 'ە': case 'ة': case 'ۀ': case 'ھ':
                return 'ه';
            case 'أ': case 'إ': case 'آ': case 'ٱ':
                return 'ا';
            case 'ؤ':
                return 'و';
            case ZWNJ: case '\u200D': case '\u200E': case '\u200F': case 'ـ': case '\u00AD': case '\uFEFF':
                return 0;
            default:
                break;
        }
        if (c >= '\u064B' && c <= '\u065F' || c == '\u0670') {
            return 0; // harakat, tanwin, shadda, superscript alef
        }
        if (c >= '۰' && c <= '۹') {
            return (char) ('0' + (c - '۰'));
        }
        if (c >= '٠' && c <= '٩') {
            return (char) ('0' + (c - '٠'));
        }
        if (c == '\u00A0' || c == '\u202F') {
            return ' ';
        }
        return c;
    }

    /** ASCII digits → Persian digits; everything else untouched. */
    public static String toPersianDigits(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        }
        return out.toString();
    }

    /** Persian and Arabic-Indic digits → ASCII digits; everything else untouched. */
    public static String toAsciiDigits(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '۰' && c <= '۹') {
                c = (char) ('0' + (c - '۰'));
            } else if (c >= '٠' && c <= '٩') {
                c = (char) ('0' + (c - '٠'));
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Digits as the user reads them: Persian digits in Persian. */
    public static String digits(String text, Locale locale) {
        return JalaliDates.isPersian(locale) ? toPersianDigits(text) : toAsciiDigits(text);
    }
}
