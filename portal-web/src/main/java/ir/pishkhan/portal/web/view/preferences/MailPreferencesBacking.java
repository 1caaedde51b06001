package ir.pishkhan.portal.web.view.preferences;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.notification.MailSchedule;
import ir.pishkhan.portal.domain.notification.NotificationKind;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.web.application.NotificationService;
import ir.pishkhan.portal.web.application.NotificationService.Preferences;
import ir.pishkhan.portal.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/** preferences/mail.xhtml: the signed-in user's address, whether and which notifications come by mail, and in which language. */
@Named
@ViewScoped
public class MailPreferencesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "NotificationService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private NotificationService service;

    private String email;
    private boolean enabled;
    /** An array, not a list: faces converts an array's items to its component type, a list's not at all. */
    private NotificationKind[] kinds = {};
    private String language;
    private MailSchedule schedule;

    @PostConstruct
    void init() {
        Preferences p = service.preferences();
        email = p.email();
        enabled = p.enabled();
        kinds = p.kinds().toArray(NotificationKind[]::new);
        language = p.language();
        schedule = p.schedule();
    }

    public void save() {
        service.savePreferences(new Preferences(email, enabled,
                kinds == null || kinds.length == 0 ? EnumSet.noneOf(NotificationKind.class) : EnumSet.copyOf(List.of(kinds)), language,
                schedule));
        Messages.info("preferences.saved");
    }

    public NotificationKind[] getKindChoices() {
        return NotificationKind.values();
    }

    public MailSchedule[] getSchedules() {
        return MailSchedule.values();
    }

    public List<String> getLanguages() {
        return UserAccount.LANGUAGES;
    }

    /** A language by its own name (as the language switch shows it): فارسی, English. */
    public String languageName(String code) {
        return Messages.text("preferences.language." + code);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public NotificationKind[] getKinds() {
        return kinds;
    }

    public void setKinds(NotificationKind[] kinds) {
        this.kinds = kinds == null ? new NotificationKind[0] : kinds.clone();
    }

    public MailSchedule getSchedule() {
        return schedule;
    }

    public void setSchedule(MailSchedule schedule) {
        this.schedule = schedule;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
