package ir.pishkhan.portal.domain.user;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import ir.pishkhan.portal.domain.shared.BusinessException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The rule a new password must satisfy (OWASP ASVS 4, section 2.1): at least {@value #MIN} characters, long
 * passphrases allowed up to {@value #MAX}, any character (spaces, Persian letters) and no composition rule, never
 * cut — and refused when it is common or guessable. Guessability is zxcvbn's estimate (zxcvbn4j, with its
 * dictionaries of common passwords, names, words and keyboard patterns), with the user's own username and name
 * added to its dictionary: a score of at least {@value #MIN_SCORE} of 4 is needed, i.e. an estimated 10^8 guesses
 * or more ("safely unguessable" against a throttled online attack; see the README).
 */
public final class PasswordPolicy {

    public static final int MIN = 12;
    public static final int MAX = 128;
    public static final int MIN_SCORE = 3;

    /** Immutable once built (its dictionaries are loaded once): one for every thread. */
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {
    }

    /**
     * Refuses a password that is too short, too long or guessable, with a message the user can act on.
     *
     * @param userInputs what the password must not be built on: the username, the display name
     */
    public static void check(String raw, String... userInputs) {
        int length = raw == null ? 0 : raw.codePointCount(0, raw.length());
        if (length < MIN) {
            throw new BusinessException.InvalidInput("password.tooShort", MIN);
        }
        if (length > MAX) {
            throw new BusinessException.InvalidInput("password.tooLong", MAX);
        }
        if (score(raw, userInputs) < MIN_SCORE) {
            throw new BusinessException.InvalidInput("password.weak");
        }
    }

    /** zxcvbn's score, 0 (too guessable) to 4 (very unguessable). */
    public static int score(String raw, String... userInputs) {
        List<String> inputs = new ArrayList<>();
        for (String input : userInputs) {
            if (input != null && !input.isBlank()) {
                String lower = input.strip().toLowerCase(Locale.ROOT);
                inputs.add(lower);
                inputs.addAll(List.of(lower.split("[\\s._-]+")));
            }
        }
        Strength strength = ZXCVBN.measure(Objects.requireNonNull(raw), inputs);
        return strength.getScore();
    }
}
