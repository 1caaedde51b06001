package ir.pishkhan.portal.domain.shared;

import java.util.Locale;

/**
 * Persian text as people really type it: Arabic and Persian letter forms mixed (ي/ی, ك/ک, ہ/ه), zero-width
 * non-joiners dropped or added, Persian, Arabic-Indic or ASCII digits. {@link #normalize} folds all of these to
 * one form, so that search and matching do not care.
 */
public final class PersianText {

    private static final char ZWNJ = '\u200C';
    /** The shortest search word also found written apart: see {@link #foundApart}. */
    private static final int SPLIT_FROM = 5;

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

    /**
     * Whether a folded search word is also found written apart, with spaces between its parts: a word of Persian
     * letters, five or more (a shorter one would find too much: «بانک» would find every «با نکته»). People write the
     * parts of a compound with a space, a zero-width non-joiner or nothing between them («پست بانک», «پست‌بانک»,
     * «پستبانک»); a ZWNJ folds to nothing, so «پستبانک» must also find «پست بانک». Such a word is looked for in the
     * text with its spaces taken out ({@link #compact}): one condition, which PostgreSQL answers from one trigram
     * index on that expression, where a condition per place of a space was a scan of the index each. (The other way
     * needs nothing: each word of «پست بانک» is found in «پستبانک».)
     */
    public static boolean foundApart(String foldedWord) {
        return foldedWord.length() >= SPLIT_FROM && foldedWord.chars().allMatch(PersianText::isArabicScriptLetter);
    }

    /** A folded text with its spaces taken out: where a word {@link #foundApart} is looked for. */
    public static String compact(String foldedText) {
        return foldedText.replace(" ", "");
    }

    /** Whether a folded word occurs in a folded text: as typed, or written apart where it is {@link #foundApart}. */
    public static boolean contains(String foldedText, String foldedWord) {
        return foundApart(foldedWord) ? compact(foldedText).contains(foldedWord) : foldedText.contains(foldedWord);
    }

    /** Whether every word of a folded query occurs in a folded text ({@link #contains}). */
    public static boolean containsEveryWord(String foldedText, String foldedQuery) {
        for (String word : foldedQuery.split(" ")) {
            if (!word.isEmpty() && !contains(foldedText, word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isArabicScriptLetter(int c) {
        return c >= '\u0620' && c <= '\u06FF' && Character.isLetter(c);
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
