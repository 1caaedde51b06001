package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.notification.Notification;
import ir.pishkhan.portal.domain.notification.NotificationRepository;
import ir.pishkhan.portal.domain.notification.Outbox;
import ir.pishkhan.portal.domain.notification.WhoIsTold;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Tells people of each step, as the domain's {@link WhoIsTold} decides: a notification for each, and a mail in the
 * outbox for each who wants it. It observes the step inside the step's own transaction (a plain {@code @Observes}),
 * so that the notifications and the mails commit with the step or not at all: a step is never taken untold, and
 * nobody is told of a step that was rolled back.
 */
@ApplicationScoped
public class Notifier {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private Outbox outbox;

    @Inject
    private MailWriter writer;

    void tell(@Observes StepRecorded step) {
        WhoIsTold.Rule rule = WhoIsTold.rule(step.action());
        if (rule.audiences().isEmpty() || step.trackingNumber() == null) {
            return;
        }
        for (UserAccount user : WhoIsTold.recipients(step.action(), step.visibility(), step.actor(), step.record(),
                accounts::enabledMembers)) {
            Notification n = new Notification(user.getUsername(), step.workflow(), step.recordId(),
                    step.trackingNumber(), step.action(), step.from(), step.to(), rule.kind(), step.at());
            notifications.store(n);
            if (user.wantsMail(rule.kind())) {
                outbox.store(writer.mail(user, n, step.at()));
            }
        }
    }
}
