package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.notification.Notification;
import ir.pishkhan.portal.domain.notification.NotificationRepository;
import ir.pishkhan.portal.domain.notification.Outbox;
import ir.pishkhan.portal.domain.notification.WhoIsTold;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.user.UserAccountRepository;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;

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
        if (step.trackingNumber() == null) {
            return;
        }
        tell(step.record(), step.action(), step.from(), step.to(), step.visibility(), step.actor(), step.at());
    }

    /**
     * Tells of a step, or of a rung of the escalation ladder in place of an action (from and to the state the record
     * is in), inside the caller's transaction: the one way people are told, whatever told them.
     */
    public void tell(Workflow<?, ?, ?> record, Enum<?> action, Enum<?> from, Enum<?> to, Visibility visibility,
                     String actor, Instant at) {
        WhoIsTold.Rule rule = WhoIsTold.rule(action);
        if (rule.audiences().isEmpty()) {
            return;
        }
        for (UserAccount user : WhoIsTold.recipients(action, visibility, actor, record, accounts::enabledMembers)) {
            Notification n = new Notification(user.getUsername(), record.workflowName(), record.getId(),
                    record.getTrackingNumber(), action, from, to, rule.kind(), at);
            if (user.mailsInDigest(rule.kind())) {
                // mailed in tomorrow morning's digest (DigestPass), not now
                n.awaitDigest();
            }
            notifications.store(n);
            if (user.mailsAtOnce(rule.kind())) {
                outbox.store(writer.mail(user, n, at));
            }
        }
    }
}
