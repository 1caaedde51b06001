package ir.pishkhan.portal.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The texts a user should read: the portal's own message bundles (messages_fa, messages_en), formatted as the app does. */
public final class Texts {

    private static final Properties FA = load("fa");
    private static final Properties EN = load("en");

    private Texts() {
    }

    public static String fa(String key, Object... args) {
        return format(FA, "fa", key, args);
    }

    public static String en(String key, Object... args) {
        return format(EN, "en", key, args);
    }

    public static String of(String language, String key, Object... args) {
        return "fa".equals(language) ? fa(key, args) : en(key, args);
    }

    private static String format(Properties bundle, String language, String key, Object... args) {
        String pattern = bundle.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No " + key + " in messages_" + language);
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Number n) {
                shown[i] = "fa".equals(language) ? persianDigits(String.valueOf(n)) : String.valueOf(n);
            }
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.forLanguageTag(language)).format(shown);
    }

    /** "1391/06/27" → "۱۳۹۱/۰۶/۲۷". */
    public static String persianDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        }
        return out.toString();
    }

    /** "۱ تا ۲۰" → "1 تا 20". */
    public static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '۰' && c <= '۹') {
                c = (char) ('0' + (c - '۰'));
            } else if (c >= '٠' && c <= '٩') {
                c = (char) ('0' + (c - '٠'));
            }
            out.append(c);
        }
        return out.toString();
    }

    private static Properties load(String language) {
        String resource = "ir/pishkhan/portal/web/i18n/messages_" + language + ".properties";
        // A key defined twice silently keeps its last text (the user list's header once read «حساب «{0}» فعال شد.»)
        Properties p = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    throw new IllegalStateException(resource + " defines " + key + " twice");
                }
                return super.put(key, value);
            }
        };
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource + " on the test classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
