package ir.pishkhan.portal.web.view.admin.outbox;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.notification.MailState;
import ir.pishkhan.portal.domain.notification.OutboxMail;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.web.application.NotificationService;
import ir.pishkhan.portal.web.faces.KeysetModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.function.Supplier;

/** admin/outbox/list.xhtml: the mails of the outbox, newest first, each with its state, attempts and last error. */
@Named
@ViewScoped
public class OutboxListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "NotificationService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private NotificationService service;

    private MailState state;
    private KeysetModel<OutboxMail> model;

    @PostConstruct
    void init() {
        model = new KeysetModel<>(new Rows(), OutboxMail::getId, NotificationService.COUNT_CAP,
                (Supplier<ListOrder> & Serializable) () -> ListOrder.FILED_NEWEST);
    }

    private class Rows implements KeysetModel.Source<OutboxMail> {

        private static final long serialVersionUID = 1L;

        @Override
        public Keyset.Page<OutboxMail> fetch(Keyset.Request request) {
            return service.outbox(state, request);
        }

        @Override
        public long count() {
            return service.outboxCount(state);
        }
    }

    public void search() {
        model.reset();
    }

    public KeysetModel<OutboxMail> getModel() {
        return model;
    }

    /** When it was sent, or when it will next be tried (for a failed one: when it would have been). */
    public java.time.Instant when(OutboxMail m) {
        return m.getState() == MailState.SENT ? m.getSentAt() : m.getNextAttemptAt();
    }

    public MailState[] getStates() {
        return MailState.values();
    }

    public MailState getState() {
        return state;
    }

    public void setState(MailState state) {
        this.state = state;
    }
}
