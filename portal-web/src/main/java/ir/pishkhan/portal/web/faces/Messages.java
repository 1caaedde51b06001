package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Messages of the resource bundles, in the language of the current view. */
public final class Messages {

    public static final String BUNDLE = "ir.pishkhan.portal.web.i18n.messages";

    private Messages() {
    }

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            return faces.getViewRoot().getLocale();
        }
        return Locale.forLanguageTag("fa");
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.unexpected");
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Enum<?> e) {
                shown[i] = text(locale, "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
            } else if (shown[i] instanceof LocalDate d) {
                // a rule's message names a day as a fact; the reader sees it Jalali, in the reader's digits
                shown[i] = JalaliDates.format(d, locale);
            } else if (shown[i] instanceof Instant t) {
                shown[i] = JalaliDates.format(t, locale);
            } else if (shown[i] instanceof Number n) {
                shown[i] = PersianText.digits(String.valueOf(n), locale);
            }
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(shown);
    }

    public static String text(String key, Object... args) {
        return text(locale(), key, args);
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
