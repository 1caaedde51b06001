package ir.pishkhan.portal.web.report;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Arabic-script text joined into its contextual letter forms, for a PDF (which draws characters, not words): ICU4J's
 * {@link ArabicShaping} joins the Arabic letters into Presentation Forms-B, and knows that the Persian letters join,
 * but leaves پ چ ژ ک گ ی themselves as they are, since their forms are in Presentation Forms-A. This puts those in
 * their forms too, by the same rule: a letter joins the one before it when that one joins on both sides, and the one
 * after it when it joins on both sides itself. The text stays in logical order.
 */
final class PersianShaping {

    /** The Persian letters' forms: isolated, final, initial, medial (a right-joining letter has the first two). */
    private static final Map<Character, char[]> FORMS = Map.of(
            'پ', new char[] {'\uFB56', '\uFB57', '\uFB58', '\uFB59'},
            'چ', new char[] {'\uFB7A', '\uFB7B', '\uFB7C', '\uFB7D'},
            'ژ', new char[] {'\uFB8A', '\uFB8B'},
            'ک', new char[] {'\uFB8E', '\uFB8F', '\uFB90', '\uFB91'},
            'گ', new char[] {'\uFB92', '\uFB93', '\uFB94', '\uFB95'},
            'ی', new char[] {'\uFBFC', '\uFBFD', '\uFBFE', '\uFBFF'});

    private enum Joining { DUAL, RIGHT, NONE, TRANSPARENT }

    private PersianShaping() {
    }

    static String shape(String logical) {
        String shaped;
        try {
            shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(logical);
        } catch (ArabicShapingException e) {
            shaped = logical;
        }
        // ICU keeps the Persian letters, in order: the n-th one it left is the n-th one of the text
        List<Character> forms = new ArrayList<>();
        for (int i = 0; i < logical.length(); i++) {
            char c = logical.charAt(i);
            char[] f = FORMS.get(c);
            if (f != null) {
                boolean before = joining(previous(logical, i)) == Joining.DUAL;
                Joining next = joining(next(logical, i));
                boolean after = f.length == 4 && (next == Joining.DUAL || next == Joining.RIGHT);
                forms.add(f[f.length == 4 ? (before ? (after ? 3 : 1) : (after ? 2 : 0)) : (before ? 1 : 0)]);
            }
        }
        StringBuilder out = new StringBuilder(shaped.length());
        int n = 0;
        for (int i = 0; i < shaped.length(); i++) {
            char c = shaped.charAt(i);
            out.append(FORMS.containsKey(c) && n < forms.size() ? forms.get(n++) : c);
        }
        return out.toString();
    }

    private static char previous(String s, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (joining(s.charAt(j)) != Joining.TRANSPARENT) {
                return s.charAt(j);
            }
        }
        return ' ';
    }

    private static char next(String s, int i) {
        for (int j = i + 1; j < s.length(); j++) {
            if (joining(s.charAt(j)) != Joining.TRANSPARENT) {
                return s.charAt(j);
            }
        }
        return ' ';
    }

    private static Joining joining(char c) {
        if (c >= '\u064B' && c <= '\u065F' || c == '\u0670') {
            return Joining.TRANSPARENT;
        }
        switch (c) {
            case 'آ': case 'أ': case 'ؤ': case 'إ': case 'ا': case 'ة': case 'د': case 'ذ': case 'ر': case 'ز':
            case 'و': case 'ژ': case 'ۀ': case 'ە':
                return Joining.RIGHT;
            case 'ء': case '\u200C':
                return Joining.NONE;
            case '\u200D': case 'ـ':
                return Joining.DUAL;
            default:
                break;
        }
        if (c >= '\u0626' && c <= '\u064A' || FORMS.containsKey(c) || c == 'ي' || c == 'ك' || c == 'ہ' || c == 'ھ') {
            return Joining.DUAL;
        }
        return Joining.NONE;
    }
}
