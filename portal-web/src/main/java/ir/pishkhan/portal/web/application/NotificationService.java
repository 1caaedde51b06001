package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.notification.MailSchedule;
import ir.pishkhan.portal.domain.notification.MailState;
import ir.pishkhan.portal.domain.notification.Notification;
import ir.pishkhan.portal.domain.notification.NotificationKind;
import ir.pishkhan.portal.domain.notification.NotificationRepository;
import ir.pishkhan.portal.domain.notification.Outbox;
import ir.pishkhan.portal.domain.notification.OutboxMail;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.workflow.Keyset;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Set;

/**
 * A user's own notifications and mail preferences, and the administrator's view of the outbox. A notification that
 * is not the caller's does not exist for them (404), whoever it belongs to.
 */
@Stateless
@RolesAllowed({Roles.OFFICE, Roles.SECRETARIAT, Roles.GUILD, Roles.LIAISON, Roles.ADMIN})
public class NotificationService {

    public static final long COUNT_CAP = 1000;

    @Resource
    private SessionContext session;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private Outbox outbox;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /**
     * The mail preferences form: an address (blank for none), mail on or off, the kinds, the language, and single mails
     * or a daily digest.
     */
    public record Preferences(String email, boolean enabled, Set<NotificationKind> kinds, String language,
                              MailSchedule schedule) {
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }

    /** The bell: one count. */
    public long unread() {
        return notifications.unread(me());
    }

    public Keyset.Page<Notification> page(Keyset.Request request) {
        return notifications.page(me(), request);
    }

    public long count() {
        return notifications.count(me(), COUNT_CAP);
    }

    /** Opens one of the caller's notifications: read from now on; the record's page is where it leads. */
    public Notification open(long id) {
        Notification n = notifications.byId(id).filter(x -> x.isFor(me()))
                .orElseThrow(BusinessException.NotFound::new);
        n.markRead(clock.instant());
        return n;
    }

    public int markAllRead() {
        return notifications.markAllRead(me(), clock.instant());
    }

    public Preferences preferences() {
        UserAccount me = caller.account();
        return new Preferences(me.getEmail(), me.isMailEnabled(), me.getMailKinds(), me.getLanguage(),
                me.getMailSchedule());
    }

    public void savePreferences(Preferences p) {
        UserAccount me = caller.account();
        me.setMailPreferences(p.email(), p.enabled(), p.kinds());
        me.setLanguage(p.language());
        me.setMailSchedule(p.schedule());
    }

    @RolesAllowed(Roles.ADMIN)
    public Keyset.Page<OutboxMail> outbox(MailState state, Keyset.Request request) {
        return outbox.page(state, request);
    }

    @RolesAllowed(Roles.ADMIN)
    public long outboxCount(MailState state) {
        return outbox.count(state, COUNT_CAP);
    }
}
